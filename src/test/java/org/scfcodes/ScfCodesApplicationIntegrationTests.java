package org.scfcodes;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.ActiveCatalog;
import org.scfcodes.catalog.StatusCode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a real port: every code in every representation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ScfCodesApplicationIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	ActiveCatalog catalogs;

	@LocalServerPort
	int port;

	@Test
	void everyCodeIsServedAsJsonAndAsTextInBothLanguages() {
		for (StatusCode code : this.catalogs.current().all()) {
			this.client.get().uri("/codes/{status}", code.status()).exchange()
				.expectStatus().isOk()
				.expectBody().jsonPath("$.name").isEqualTo(code.name()).jsonPath("$.status").isEqualTo(code.status());
			for (String language : new String[] { "en", "zh" }) {
				String text = this.client.get().uri("/codes/{status}", code.status())
					.accept(MediaType.TEXT_PLAIN)
					.header(HttpHeaders.ACCEPT_LANGUAGE, language)
					.exchange()
					.expectStatus().isOk()
					.returnResult(String.class).getResponseBody();
				assertThat(text).startsWith(code.status() + " " + code.name() + "\n")
					.contains(code.meaning().en().equals(code.meaning().zh()) ? "" : (language.equals("zh")
							? code.meaning().zh() : code.meaning().en()));
			}
		}
	}

	@Test
	void headHasNoBody() {
		byte[] body = this.client.head().uri("/codes/433").exchange()
			.expectStatus().isOk()
			.expectHeader().exists(HttpHeaders.ETAG)
			.returnResult(byte[].class).getResponseBody();
		assertThat(body).isNullOrEmpty();
	}

	@Test
	void malformedUrlIsAProblemFromTheServerItself() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /codes/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 400")
				.contains("Content-Type: application/problem+json")
				.contains("\"status\":400")
				.doesNotContain("<html");
		}
	}

	@Test
	void healthIsUp() {
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status").isEqualTo("UP");
	}

}
