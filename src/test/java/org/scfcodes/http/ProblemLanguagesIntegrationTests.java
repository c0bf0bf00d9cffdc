package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.scfcodes.RunningServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scfcodes.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem that a request can bring about answers in the request's language
 * ({@code ?lang=zh}, {@code Accept-Language: zh-CN}, English otherwise) and in its
 * representation: text to a terminal client that accepts anything, JSON to one that asks
 * for JSON, with the same members whatever the language.
 */
@RunningServiceTest
class ProblemLanguagesIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private static final String CURL = "User-Agent: curl/8.5.0";

	private static final Properties english = bundle("messages.properties");

	private static final Properties chinese = bundle("messages_zh.properties");

	@LocalServerPort
	int port;

	/**
	 * A request that is refused: what it is called, its method, target, headers and body,
	 * the status it gets, whether {@code lang} can be added to its query, and whether a
	 * terminal that accepts anything would take text from it.
	 */
	record Refused(String type, String method, String target, List<String> headers, String body, int status,
			boolean queryLang, boolean terminalText) {

		@Override
		public String toString() {
			return this.type + " (" + this.method + " " + this.target + ")";
		}

	}

	static Stream<Refused> refusals() {
		String zip = "--b\r\nContent-Disposition: form-data; name=\"runtime\"\r\n\r\nPython3.9\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"handler\"\r\n\r\nindex.main_handler\r\n"
				+ "--b\r\nContent-Disposition: form-data; name=\"package\"; filename=\"code.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\nnot a zip\r\n--b--\r\n";
		String noPackage = "--b\r\nContent-Disposition: form-data; name=\"runtime\"\r\n\r\nPython3.9\r\n--b--\r\n";
		return Stream.of(get("unknown-code", "/codes/431", 404), get("invalid-status", "/codes/abc", 400),
				get("status-out-of-range", "/codes/600", 400), get("unknown-include", "/codes/433?include=nope", 400),
				get("conflicting-parameters", "/codes?name=x&q=y", 400), get("empty-parameter", "/codes?q=", 400),
				get("unknown-parameter", "/codes?nmae=x", 400), get("repeated-parameter", "/codes?q=a&q=b", 400),
				new Refused("unknown-language", "GET", "/codes/433?lang=xx", List.of(), null, 400, false, true),
				new Refused("not-acceptable", "GET", "/codes/433?format=xml", List.of(), null, 406, true, false),
				get("unknown-api-error", "/api-errors/NoSuchCode", 404),
				get("unknown-platform", "/equivalents?platform=nowhere&error=x", 400),
				get("unknown-error", "/equivalents?error=zzzz-nothing-at-all", 404),
				get("not-found", "/no/such/path", 404),
				new Refused("method-not-allowed", "DELETE", "/codes/433", List.of(), null, 405, true, true),
				new Refused("method-not-allowed", "TRACE", "/codes/433", List.of(), null, 405, false, true),
				new Refused("cross-origin-refused", "OPTIONS", "/codes/433",
						List.of("Origin: https://dashboard.example", "Access-Control-Request-Method: DELETE"), null,
						403, true, true),
				post("empty-text", "/codes/decode", "text/plain", " ", 400),
				post("unreadable-body", "/codes/decode", "application/json", "{", 400),
				post("unsupported-media-type", "/codes/decode", "application/xml", "<x/>", 415),
				post("too-large", "/codes/decode", "text/plain", "x".repeat(300 * 1024), 413),
				post("invalid-request", "/handler/validate", "application/json", "{}", 400),
				post("unknown-runtime", "/handler/validate", "application/json",
						"{\"runtime\":\"Cobol\",\"handler\":\"index.main\"}", 400),
				post("unknown-function-type", "/handler/validate", "application/json",
						"{\"runtime\":\"Python3.9\",\"handler\":\"index.main\",\"functionType\":\"batch\"}", 400),
				post("package-not-zip", "/handler/validate", "multipart/form-data; boundary=b", zip, 422),
				post("bad-request", "/handler/validate", "multipart/form-data; boundary=b", noPackage, 400),
				post("invalid-parameters", "/handler/validate", "multipart/form-data", noPackage, 400));
	}

	private static Refused get(String type, String target, int status) {
		return new Refused(type, "GET", target, List.of(), null, status, true, true);
	}

	private static Refused post(String type, String target, String contentType, String body, int status) {
		return new Refused(type, "POST", target, List.of("Content-Type: " + contentType), body, status, true, true);
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void englishByDefault(Refused refused) throws IOException {
		JsonNode problem = problem(send(refused, null, List.of()), refused);
		assertThat(problem.get("title").asString()).isEqualTo(english.getProperty(titleKey(refused)));
		assertThat(problem.get("title").asString() + problem.get("detail").asString()).doesNotContainPattern(CJK);
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void chineseForAcceptLanguage(Refused refused) throws IOException {
		JsonNode english = problem(send(refused, null, List.of()), refused);
		JsonNode problem = problem(send(refused, null, List.of("Accept-Language: zh-CN,zh;q=0.9,en;q=0.5")), refused);
		assertChinese(problem, refused);
		assertSameMembers(problem, english);
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void chineseForLangParameter(Refused refused) throws IOException {
		if (!refused.queryLang()) {
			return;
		}
		JsonNode problem = problem(send(refused, "lang=zh", List.of("Accept-Language: en")), refused);
		assertChinese(problem, refused);
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void textForATerminalThatAcceptsAnything(Refused refused) throws IOException {
		RawHttp.Answer answer = send(refused, null, List.of(CURL, "Accept: */*", "X-Request-Id: problem-text"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(refused.status());
		if (!refused.terminalText()) {
			assertThat(answer.contentType()).startsWith("application/problem+json");
			return;
		}
		assertThat(answer.contentType()).as(answer.body()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(answer.body()).endsWith("\n")
			.startsWith(refused.status() + " " + english.getProperty(titleKey(refused)) + "\n")
			.contains(english.getProperty("problem.member.requestId").replace("{0}", "problem-text"));
		RawHttp.Answer chinese = send(refused, null,
				List.of(CURL, "Accept: */*", "Accept-Language: zh-CN", "X-Request-Id: problem-text"));
		assertThat(chinese.body())
			.startsWith(refused.status() + " " + ProblemLanguagesIntegrationTests.chinese.getProperty(titleKey(refused))
					+ "\n")
			.contains("请求 ID：problem-text\n");
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void jsonForATerminalThatAsksForJson(Refused refused) throws IOException {
		problem(send(refused, null, List.of(CURL, "Accept: application/json")), refused);
		// an operation that answers JSON but not as a problem type refuses it, in JSON
		RawHttp.Answer answer = send(refused, null, List.of(CURL, "Accept: application/problem+json"));
		assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void headHasNoBody(Refused refused) throws IOException {
		if (!refused.method().equals("GET")) {
			return;
		}
		Refused head = new Refused(refused.type(), "HEAD", refused.target(), refused.headers(), null, refused.status(),
				refused.queryLang(), refused.terminalText());
		RawHttp.Answer answer = send(head, null, List.of(CURL, "Accept: */*"));
		assertThat(answer.status()).isEqualTo(refused.status());
		assertThat(answer.body()).isEmpty();
	}

	private void assertChinese(JsonNode problem, Refused refused) {
		String title = problem.get("title").asString();
		String detail = problem.get("detail").asString();
		assertThat(title).as(refused.toString()).containsPattern(CJK).isEqualTo(chinese.getProperty(titleKey(refused)));
		assertThat(detail).as(refused.toString()).containsPattern(CJK);
		String englishTitle = english.getProperty(titleKey(refused));
		assertThat(title).isNotEqualTo(englishTitle);
		assertThat(detail).doesNotContain(englishTitle);
	}

	/**
	 * The members other than the words and the request id are the same in every language.
	 */
	private static void assertSameMembers(JsonNode problem, JsonNode english) {
		Set<String> names = new TreeSet<>(problem.propertyNames());
		assertThat(names).isEqualTo(new TreeSet<>(english.propertyNames()));
		for (String name : names) {
			// the rules' own messages, in errors, are in the language too
			if (!Set.of("title", "detail", "instance", "requestId", "errors").contains(name)) {
				assertThat(problem.get(name)).as(name).isEqualTo(english.get(name));
			}
		}
	}

	private static JsonNode problem(RawHttp.Answer answer, Refused refused) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(refused.status());
		assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("type").asString()).isEqualTo("urn:scf-codes:problem:" + refused.type());
		return problem;
	}

	private static String titleKey(Refused refused) {
		return "problem." + refused.type() + ".title";
	}

	private RawHttp.Answer send(Refused refused, String query, List<String> headers) throws IOException {
		String target = refused.target();
		if (query != null) {
			target += (target.contains("?") ? "&" : "?") + query;
		}
		byte[] body = (refused.body() != null) ? refused.body().getBytes(StandardCharsets.UTF_8) : null;
		StringBuilder head = new StringBuilder(refused.method()).append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
		List<String> all = new ArrayList<>(refused.headers());
		all.addAll(headers);
		all.forEach((header) -> head.append(header).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		if (body != null) {
			request.writeBytes(body);
		}
		return new RawHttp(this.port).exchange(request.toByteArray());
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				ProblemLanguagesIntegrationTests.class.getClassLoader().getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
