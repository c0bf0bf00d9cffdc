package org.scfcodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of malformed and hostile requests across every endpoint: each gets a 2xx or a
 * 4xx problem with no stack trace and no internal class name, and a normal request right
 * after it still succeeds.
 */
@RunningServiceTest
class BadInputCorpusIntegrationTests {

	private static final String[] LEAKS = { "org.scfcodes", "tools.jackson", "org.springframework", "org.apache",
			"java.lang", "\tat ", "<html" };

	/**
	 * Official texts in answers may say "Exception" (the platform's own messages do); a
	 * refusal never does.
	 */
	private static final String EXCEPTION = "Exception";

	@LocalServerPort
	int port;

	private record Case(String method, String target, String contentType, byte[] body) {

		@Override
		public String toString() {
			String shown = this.method + " " + this.target;
			return shown.substring(0, Math.min(120, shown.length())) + " [" + this.contentType + ", "
					+ ((this.body != null) ? this.body.length : 0) + " bytes]";
		}

	}

	@Test
	void everyHostileRequestGetsAClearAnswerAndTheServiceKeepsServing() throws IOException {
		List<Case> corpus = corpus();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
		RawHttp http = new RawHttp(this.port);
		for (Case request : corpus) {
			RawHttp.Answer answer = http.send(request.method(), request.target(), request.contentType(),
					request.body());
			assertThat(answer.status()).as(request.toString()).isBetween(200, 499);
			if (answer.status() >= 400 && answer.contentType().startsWith("text/plain")) {
				// a request that asked for text (?format=text) takes its problem as text
				assertThat(request.target()).as(request.toString()).contains("format=text");
				if (!request.method().equals("HEAD")) {
					assertThat(answer.body()).as(request.toString())
						.startsWith(answer.status() + " ")
						.doesNotContain(EXCEPTION);
				}
			}
			else if (answer.status() >= 400) {
				assertThat(answer.contentType()).as(request.toString()).startsWith("application/problem+json");
				if (!request.method().equals("HEAD")) {
					assertThat(answer.body()).as(request.toString())
						.contains("\"status\":" + answer.status())
						.doesNotContain(EXCEPTION);
				}
			}
			for (String leak : LEAKS) {
				assertThat(answer.body()).as(request.toString()).doesNotContain(leak);
			}
			RawHttp.Answer after = http.send("GET", "/codes/433", null, null);
			assertThat(after.status()).as("after " + request).isEqualTo(200);
		}
	}

	private static List<Case> corpus() throws IOException {
		List<Case> cases = new ArrayList<>();
		Random random = new Random(7);
		String[] paths = { "abc", "-433", "0", "99", "600", "4330", "99999999999999999999", "433.0", "4e2", "0x1b1",
				"%E4%BA%94", "%F0%9F%98%80", "%00", "%0d%0aSet-Cookie:x=1", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..",
				"%25", "+433", "433%20", "%20433", "TimeLimitReached", "timelimitreached", "null", "undefined",
				"%27%20OR%201=1--", "%3Cscript%3Ealert(1)%3C/script%3E", "4".repeat(5000), "a".repeat(7000), "%C0%AF",
				"%FF%FE", "433;jsessionid=1", "433/extra", "433?format=xml", "433?lang=%00", "433?format=",
				"433?format=text&format=json", "433?lang=" + "z".repeat(3000), "%E2%80%AE433",
				"\u0661\u0662\u0663".codePoints()
					.mapToObj((c) -> "%" + Integer.toHexString(c))
					.reduce("", String::concat) };
		for (String path : paths) {
			cases.add(new Case("GET", "/codes/" + path, null, null));
			cases.add(new Case("HEAD", "/codes/" + path, null, null));
		}
		String huge = "x".repeat(100 * 1024);
		String[] queries = { "name=" + huge, "q=" + huge, "name=", "q=", "name=%00", "q=%0a%0d", "name=a&q=b",
				"q=" + URLEncoder.encode("内存 泄漏", StandardCharsets.UTF_8), "name=%FF", "q=%", "q=%%", "format=xml",
				"format=text&lang=xx", "lang=" + huge, "name=" + "%E4%BA%94".repeat(2000), "q=" + "a%20".repeat(2000),
				"name[]=x", "name=x&name=y", "q=\t", "q=%7B%22a%22%3A1%7D" };
		for (String query : queries) {
			cases.add(new Case("GET", "/codes?" + query, null, null));
		}
		String[] jsons = { "", "{", "}", "[", "null", "true", "1", "\"x\"", "{\"runtime\":",
				"{\"runtime\":\"Python3.9\"", "{\"runtime\":null,\"handler\":null}", "{\"runtime\":1,\"handler\":2}",
				"{\"runtime\":[],\"handler\":{}}",
				"{\"runtime\":\"Python3.9\",\"handler\":\"" + "a".repeat(5000) + "\"}",
				"{\"runtime\":\"" + "P".repeat(1000) + "\",\"handler\":\"a.b\"}",
				"{\"runtime\":\"Python3.9\",\"handler\":\"index.main\",\"extra\":1}",
				"{\"runtime\":\"Python3.9\",\"handler\":\"\\u0000\\u0001\"}",
				"{\"runtime\":\"Python3.9\",\"handler\":\"\\ud800\"}",
				"{\"runtime\":\"Python3.9\",\"handler\":\"a.b\",\"functionType\":\"" + "w".repeat(100) + "\"}",
				"\uFEFF{\"runtime\":\"Go1\",\"handler\":\"main\"}", "{\"runtime\":\"Go1\",\"handler\":\"main\"}garbage",
				"{'runtime':'Go1'}", "{\"runtime\":\"Go1\",\"handler\":\"main\",\"runtime\":\"Java8\"}",
				"[".repeat(100_000), "{\"a\":".repeat(20_000), "{\"text\":" + "[".repeat(5000) + "}",
				"{\"text\":\"" + "\\\\".repeat(50_000) + "\"}", "{\"text\":123}", "{\"text\":null}",
				"{\"text\":\"" + "y".repeat(300_000) + "\"}", "\u0000\u0001\u0002",
				"{\"runtime\":\"Go1\",\"handler\":\"main\"" };
		for (String json : jsons) {
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			cases.add(new Case("POST", "/handler/validate", "application/json", body));
			cases.add(new Case("POST", "/codes/decode", "application/json", body));
			cases.add(new Case("POST", "/codes/decode", "text/plain", body));
		}
		String[] types = { null, "text/html", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "multipart/form-data; boundary=", "application/json; charset=nonsense", "*/*",
				"application/octet-stream", "text/plain; charset=utf-16", "image/png", "application/json;;;", "x" };
		for (String type : types) {
			byte[] body = "{\"runtime\":\"Go1\",\"handler\":\"main\"}".getBytes(StandardCharsets.UTF_8);
			cases.add(new Case("POST", "/handler/validate", type, body));
			cases.add(new Case("POST", "/codes/decode", type, body));
		}
		for (String method : new String[] { "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO" }) {
			cases.add(new Case(method, "/codes/433", null, null));
			cases.add(new Case(method, "/handler/validate", null, null));
		}
		for (int i = 0; i < 20; i++) {
			byte[] noise = new byte[random.nextInt(4096) + 1];
			random.nextBytes(noise);
			cases.add(new Case("POST", "/codes/decode", "text/plain", noise));
			cases.add(new Case("POST", "/handler/validate", "application/json", noise));
		}
		cases.add(new Case("POST", "/codes/decode", "text/plain", new byte[400 * 1024]));
		cases.add(new Case("POST", "/handler/validate", "application/json", new byte[400 * 1024]));
		for (byte[] zip : zips(random)) {
			cases.add(upload(zip, "Python3.9", "index.main_handler"));
			cases.add(upload(zip, "Go1", "main"));
		}
		cases.add(upload(new byte[22 * 1024 * 1024], "Go1", "main"));
		for (String field : new String[] { "runtime", "handler", "package" }) {
			cases.add(multipartWithout(field));
		}
		return cases;
	}

	private static List<byte[]> zips(Random random) throws IOException {
		List<byte[]> zips = new ArrayList<>();
		byte[] valid = zip("index.py",
				"def main_handler(event, context):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
		zips.add(valid);
		for (int cut : new int[] { 0, 1, 10, 22, 30, valid.length / 2, valid.length - 1 }) {
			zips.add(java.util.Arrays.copyOf(valid, cut));
		}
		for (String name : new String[] { "../index.py", "../../etc/passwd", "/index.py", "C:\\index.py", "a/../../b",
				"..\\..\\x", "index.py\u0000.txt" }) {
			zips.add(zip(name, "x".getBytes(StandardCharsets.UTF_8)));
		}
		zips.add(zip("bomb.txt", new byte[30 * 1024 * 1024]));
		zips.add(zip("index.py", new byte[9 * 1024 * 1024]));
		byte[] encrypted = valid.clone();
		encrypted[6] |= 1;
		for (int i = 0; i < encrypted.length - 4; i++) {
			if (encrypted[i] == 0x50 && encrypted[i + 1] == 0x4b && encrypted[i + 2] == 1 && encrypted[i + 3] == 2) {
				encrypted[i + 8] |= 1;
			}
		}
		zips.add(encrypted);
		for (int i = 0; i < 8; i++) {
			byte[] noise = new byte[random.nextInt(2048) + 22];
			random.nextBytes(noise);
			zips.add(noise);
			byte[] flipped = valid.clone();
			flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
			zips.add(flipped);
		}
		return zips;
	}

	private static byte[] zip(String name, byte[] content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static Case upload(byte[] zip, String runtime, String handler) {
		String boundary = "corpus";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(part(boundary, "runtime", runtime));
		body.writeBytes(part(boundary, "handler", handler));
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\"code.zip\"\r\n"
						+ "Content-Type: application/zip\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(zip);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Case("POST", "/handler/validate", "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static Case multipartWithout(String missing) {
		String boundary = "corpus";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String field : new String[] { "runtime", "handler", "package" }) {
			if (!field.equals(missing)) {
				body.writeBytes(part(boundary, field, field.equals("runtime") ? "Go1" : "main"));
			}
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Case("POST", "/handler/validate", "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static byte[] part(String boundary, String name, String value) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
