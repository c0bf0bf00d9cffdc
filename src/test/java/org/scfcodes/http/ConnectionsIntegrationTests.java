package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client that keeps its connection meets: a refused request whose body comes after
 * its headers (as urllib3 and many clients send it) leaves the connection usable for the
 * next request; a HEAD says how long the GET's body is; a CORS preflight names the
 * methods a plain OPTIONS names.
 */
@RunningServiceTest
class ConnectionsIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { // headers separated by ", "
			"415 | POST /codes/decode | Content-Type: application/xml",
			"405 | PUT /codes/433 | Content-Type: text/plain",
			"406 | POST /codes/decode | Content-Type: text/plain, Accept: application/xml",
			"403 | POST /codes/decode | Content-Type: text/plain, Origin: https://elsewhere.example",
			"400 | POST /handler/validate | Content-Type: application/json" })
	void aRefusedRequestWithItsBodySentLaterLeavesTheConnectionUsable(int status, String target, String headers)
			throws Exception {
		byte[] body = "{\"runtime\": \" \", \"handler\": \"x\"}".getBytes(StandardCharsets.US_ASCII);
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((target + " HTTP/1.1\r\nHost: localhost\r\n" + headers.replace(", ", "\r\n")
					+ "\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread.sleep(200);
			out.write(body);
			out.flush();
			String refused = readAnswer(socket.getInputStream());
			assertThat(refused).startsWith("HTTP/1.1 " + status);
			boolean announcedClose = refused.toLowerCase(Locale.ROOT).contains("\r\nconnection: close");
			out.write("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String next = readAnswer(socket.getInputStream());
			assertThat(announcedClose || next.startsWith("HTTP/1.1 200"))
				.as("the connection is either announced closed or still answers; next: %s", next)
				.isTrue();
			if (status != 400) {
				// Tomcat itself closes the connection after a 400, and says so
				assertThat(announcedClose).as("a refusal of a well-formed request keeps the connection").isFalse();
			}
		}
	}

	@Test
	void aHeadSaysHowLongTheGetsBodyIs() throws Exception {
		for (String target : new String[] { "/codes/433", "/codes/433?format=text&lang=zh",
				"/api-errors/ResourceNotFound.Function", "/runtimes" }) {
			String get = exchange("GET " + target);
			String head = exchange("HEAD " + target);
			assertThat(header(head, "content-length")).as(target).isNotEmpty().isEqualTo(header(get, "content-length"));
		}
	}

	@Test
	void aPassedPreflightNamesTheMethodsAPlainOptionsNames() throws Exception {
		String plain = exchange("OPTIONS /codes/433");
		String preflight = exchange("OPTIONS /codes/433",
				"Origin: https://dashboard.example\r\nAccess-Control-Request-Method: GET");
		assertThat(header(preflight, "access-control-allow-origin")).isEqualTo("*");
		assertThat(header(preflight, "allow").replace(" ", "")).isEqualTo(header(plain, "allow").replace(" ", ""))
			.isEqualTo("GET,HEAD,OPTIONS");
		String emptySegment = exchange("OPTIONS /api-errors/;x=1",
				"Origin: https://dashboard.example\r\nAccess-Control-Request-Method: GET");
		assertThat(header(emptySegment, "allow")).isEqualTo("GET,HEAD,OPTIONS");
		assertThat(header(exchange("OPTIONS /codes/decode"), "allow")).isEqualTo("POST,OPTIONS");
	}

	private String exchange(String requestLine) throws IOException {
		return exchange(requestLine, null);
	}

	private String exchange(String requestLine, String headers) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + ((headers != null) ? headers + "\r\n" : "")
						+ "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String answer, String name) {
		for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
				return line.substring(name.length() + 1).strip();
			}
		}
		return "";
	}

	/**
	 * The head of one answer, its body (of the declared length, or chunked) read past.
	 */
	private static String readAnswer(InputStream in) throws IOException {
		String head = readUntil(in, "\r\n\r\n");
		if (!head.endsWith("\r\n\r\n")) {
			return head;
		}
		String length = header(head, "content-length");
		if (!length.isEmpty()) {
			in.readNBytes(Integer.parseInt(length));
		}
		else if (header(head, "transfer-encoding").equalsIgnoreCase("chunked")) {
			int size;
			do {
				size = Integer.parseInt(readUntil(in, "\r\n").strip(), 16);
				in.readNBytes(size + 2);
			}
			while (size > 0);
		}
		return head;
	}

	private static String readUntil(InputStream in, String end) throws IOException {
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		while (!read.toString(StandardCharsets.ISO_8859_1).endsWith(end)) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			read.write(b);
		}
		return read.toString(StandardCharsets.ISO_8859_1);
	}

}
