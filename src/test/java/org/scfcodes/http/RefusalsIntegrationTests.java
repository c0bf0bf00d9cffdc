package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.scfcodes.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal, whoever makes it (Tomcat, a valve, a filter, CORS, Spring MVC), is one
 * problem shape with the request id as instance, and the same refusal is the same answer
 * however the request was framed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=1MB" })
class RefusalsIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int OVER_THE_BODY_LIMIT = 300 * 1024;

	@LocalServerPort
	int port;

	@Test
	void aBodyOverTheLimitGetsTheSameProblemDeclaredOrChunked() throws IOException {
		byte[] body = "x".repeat(OVER_THE_BODY_LIMIT).getBytes(StandardCharsets.US_ASCII);
		RawHttp.Answer declared = raw().exchange(request("Content-Length: " + body.length, body));
		RawHttp.Answer chunked = raw().exchange(request("Transfer-Encoding: chunked", chunked(body)));
		assertThat(declared.status()).isEqualTo(413);
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(chunked.body()).isEqualTo(declared.body());
		JsonNode problem = json.readTree(declared.body());
		assertThat(problem.get("limit").asLong()).isEqualTo(256 * 1024);
		assertThat(problem.get("instance").asString()).isEqualTo("same-refusal");
		assertThat(problem.get("type").asString()).isEqualTo("urn:scf-codes:problem:too-large");
	}

	@Test
	void anUploadOverALimitNamesThatLimitDeclaredOrChunked() throws IOException {
		byte[] fileTooLarge = multipart(100 * 1024, 0);
		assertThat(fileTooLarge.length).isLessThan(1024 * 1024);
		JsonNode file = sameRefusalBothWays(fileTooLarge);
		assertThat(file.get("limit").asLong()).isEqualTo(64 * 1024);
		assertThat(file.get("detail").asString()).contains("uploaded file");
		// each part within the file limit, all of them over the request limit
		JsonNode request = sameRefusalBothWays(multipart(60 * 1024, 20));
		assertThat(request.get("limit").asLong()).isEqualTo(1024 * 1024);
		assertThat(request.get("detail").asString()).contains("upload ");
	}

	private JsonNode sameRefusalBothWays(byte[] body) throws IOException {
		String type = "multipart/form-data; boundary=" + BOUNDARY;
		RawHttp.Answer declared = raw()
			.exchange(request("/handler/validate", type, "Content-Length: " + body.length, body));
		RawHttp.Answer chunked = raw()
			.exchange(request("/handler/validate", type, "Transfer-Encoding: chunked", chunked(body)));
		assertThat(declared.status()).as(declared.body()).isEqualTo(413);
		assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.body()).isEqualTo(declared.body());
		JsonNode problem = json.readTree(declared.body());
		assertThat(problem.get("instance").asString()).isEqualTo("same-refusal");
		assertThat(problem.get("requestId").asString()).isEqualTo("same-refusal");
		return problem;
	}

	private static final String BOUNDARY = "same-refusal-boundary";

	private static byte[] multipart(int packageSize, int extraParts) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"runtime\"\r\n\r\nPython3.9\r\n"
				+ "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"handler\"\r\n\r\nindex.main_handler\r\n"
				+ "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"code.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(new byte[packageSize]);
		for (int i = 0; i < extraParts; i++) {
			out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"extra" + i
					+ "\"; filename=\"extra.bin\"\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(new byte[packageSize]);
		}
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	@Test
	void refusalsFromEveryLayerCarryTheRequestId() throws IOException {
		String crossOriginDelete = "OPTIONS /codes/433 HTTP/1.1\r\nHost: localhost\r\nOrigin: https://dashboard.example\r\n"
				+ "Access-Control-Request-Method: DELETE\r\nX-Request-Id: layer-cors\r\nConnection: close\r\n\r\n";
		assertProblemWithId(raw().exchange(crossOriginDelete.getBytes(StandardCharsets.ISO_8859_1)), 403, "layer-cors");
		String unknownCode = "GET /codes/431 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: layer-mvc\r\nConnection: close\r\n\r\n";
		assertProblemWithId(raw().exchange(unknownCode.getBytes(StandardCharsets.ISO_8859_1)), 404, "layer-mvc");
		String noEndpoint = "GET /nowhere HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: layer-404\r\nConnection: close\r\n\r\n";
		assertProblemWithId(raw().exchange(noEndpoint.getBytes(StandardCharsets.ISO_8859_1)), 404, "layer-404");
		String malformed = "GET /codes/4{3}3 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
		RawHttp.Answer tomcat = raw().exchange(malformed.getBytes(StandardCharsets.ISO_8859_1));
		assertProblemWithId(tomcat, 400, tomcat.header("X-Request-Id"));
		assertThat(tomcat.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void wordsTypedUnencodedIntoAQueryAreRefusedWithTheAddressToSendInstead() throws IOException {
		byte[] typed = "GET /codes?q=超时&lang=zh HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
			.getBytes(StandardCharsets.UTF_8);
		RawHttp.Answer answer = raw().exchange(typed);
		assertProblemWithId(answer, 400, answer.header("X-Request-Id"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:scf-codes:problem:unencoded-characters");
		assertThat(problem.get("encoded").asString()).isEqualTo("/codes?q=%E8%B6%85%E6%97%B6&lang=zh");
		assertThat(problem.get("asTyped").asString()).isEqualTo("/codes?q=超时&lang=zh");
		RawHttp.Answer encoded = raw().send("GET", problem.get("encoded").asString(), null, null);
		assertThat(encoded.status()).isEqualTo(200);
		assertThat(encoded.body()).contains("\"status\":433");
	}

	private void assertProblemWithId(RawHttp.Answer answer, int status, String id) {
		assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(id).isNotBlank();
		assertThat(answer.header("X-Request-Id")).isEqualTo(id);
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("instance").asString()).isEqualTo(id);
		assertThat(problem.get("requestId").asString()).isEqualTo(id);
		assertThat(problem.get("type").asString()).startsWith("urn:scf-codes:problem:");
		assertThat(problem.get("status").asInt()).isEqualTo(status);
	}

	private RawHttp raw() {
		return new RawHttp(this.port);
	}

	private static byte[] request(String framing, byte[] body) throws IOException {
		return request("/codes/decode", "text/plain", framing, body);
	}

	private static byte[] request(String path, String contentType, String framing, byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
				+ "X-Request-Id: same-refusal\r\nConnection: close\r\n" + framing + "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
		out.write(body);
		return out.toByteArray();
	}

	private static byte[] chunked(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int at = 0; at < body.length; at += 8192) {
			int length = Math.min(8192, body.length - at);
			out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.write(body, at, length);
			out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

}
