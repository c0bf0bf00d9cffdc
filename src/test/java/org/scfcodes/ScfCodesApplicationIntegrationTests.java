package org.scfcodes;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.text.Columns;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a real port: every code in every representation.
 */
@RunningServiceTest
class ScfCodesApplicationIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@LocalServerPort
	int port;

	@Test
	void everyCodeIsServedShortAsJsonAndAsTextInBothLanguages() {
		for (StatusCode code : this.catalogs.current().all()) {
			byte[] json = this.client.get()
				.uri("/codes/{status}", code.status())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.name")
				.isEqualTo(code.name())
				.jsonPath("$.status")
				.isEqualTo(code.status())
				.jsonPath("$.links.all")
				.isEqualTo("/codes/" + code.status() + "?include=all")
				.returnResult()
				.getResponseBody();
			assertThat(json).as(code.status() + " as JSON, in bytes").hasSizeLessThanOrEqualTo(4096);
			for (String language : new String[] { "en", "zh" }) {
				String text = text("/codes/" + code.status(), language);
				String at = code.status() + " as text in " + language;
				assertThat(text).as(at)
					.startsWith(code.status() + " " + code.name() + "\n")
					.endsWith("/codes/" + code.status() + "?include=all\n");
				List<String> lines = text.lines().toList();
				assertThat(lines).as(at).hasSizeLessThanOrEqualTo(12);
				assertThat(lines).as(at + ": columns of each line, wide characters counted twice")
					.allSatisfy((line) -> assertThat(Columns.width(line)).as(line).isLessThanOrEqualTo(80));
				String full = text("/codes/" + code.status() + "?include=all", language);
				assertThat(full).as(at + ", all of it")
					.contains(language.equals("zh") ? code.meaning().zh() : code.meaning().en())
					.endsWith("\n");
			}
		}
	}

	@Test
	void curlWgetAndHttpieGetTextUnlessTheyAskForJson() {
		for (String agent : new String[] { "curl/8.14.1", "Wget/1.25.0", "HTTPie/3.2.4" }) {
			this.client.get()
				.uri("/codes/433")
				.header(HttpHeaders.USER_AGENT, agent)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
				.expectHeader()
				.values(HttpHeaders.VARY,
						(vary) -> assertThat(String.join(", ", vary)).containsIgnoringCase("User-Agent"));
		}
		this.client.get()
			.uri("/codes/433")
			.header(HttpHeaders.USER_AGENT, "curl/8.14.1")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		this.client.get()
			.uri("/codes/433")
			.header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0")
			.exchange()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void headHasNoBody() {
		byte[] body = this.client.head()
			.uri("/codes/433")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.returnResult(byte[].class)
			.getResponseBody();
		assertThat(body).isNullOrEmpty();
	}

	@Test
	void malformedUrlIsAProblemFromTheServerItself() throws IOException {
		assertThat(rawRequest("GET /codes/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
			.startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/problem+json")
			.contains("\"status\":400")
			.doesNotContain("<html");
	}

	@Test
	void uploadOverTheLimitIsAContentTooLargeProblem() throws IOException {
		String head = "POST /handler/validate HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + (22 * 1024 * 1024)
				+ "\r\n\r\n" + "--xyz\r\nContent-Disposition: form-data; name=\"runtime\"\r\n\r\nGo1\r\n";
		assertThat(rawRequest(head)).startsWith("HTTP/1.1 413")
			.contains("application/problem+json")
			.contains("\"limit\":" + (21 * 1024 * 1024));
		this.client.get().uri("/codes/433").exchange().expectStatus().isOk();
	}

	@Test
	void healthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			// Read until the problem body is complete: the server may wait for a body the
			// test never sends
			StringBuilder response = new StringBuilder();
			byte[] buffer = new byte[8192];
			int read;
			while (!response.toString().strip().endsWith("}") && (read = socket.getInputStream().read(buffer)) > 0) {
				response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
			}
			return response.toString();
		}
	}

	private String text(String path, String language) {
		return this.client.get()
			.uri(path)
			.accept(MediaType.TEXT_PLAIN)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
	}

}
