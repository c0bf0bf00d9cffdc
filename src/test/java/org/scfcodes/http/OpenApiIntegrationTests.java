package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scfcodes.text.Language;
import org.springdoc.core.service.OpenAPIService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.scfcodes.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code openapi.yaml} is the spec the service generates, byte for byte,
 * and every example in it is the service's own answer to a documented request: the
 * answers are kept in {@code openapi/examples.json}, and this test requires each to be
 * what the running service answers now. Run with {@code -Dopenapi.update=true} to take
 * the answers again and rewrite both files.
 */
@RunningServiceTest
class OpenApiIntegrationTests {

	private static final Path COMMITTED = Path.of("openapi.yaml");

	private static final Path EXAMPLES = Path.of("src/main/resources", ApiDocumentation.EXAMPLES);

	private static final String JSON = "application/json";

	private static final String TEXT = "text/plain";

	private static final String PROBLEM = "application/problem+json";

	private static final String LOG_LINE = "ERROR RequestId:825d476e-1d2a-4b1c-9f1f-0123456789ab Result:{\"errorCode\":-1,"
			+ "\"errorMessage\":\"Invoking task timed out after 3 seconds\",\"statusCode\":433}";

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	@Autowired
	OpenAPIService openApi;

	/**
	 * The documented requests whose answers are the contract's examples: operation,
	 * status, media type, request.
	 */
	private List<Documented> documented() throws IOException {
		return List.of(get("getCode", 200, JSON, "/codes/435"), get("getCode", 200, TEXT, "/codes/433"),
				get("getCode", 400, PROBLEM, "/codes/TimeLimitReached"), get("getCode", 404, PROBLEM, "/codes/431"),
				get("getCode", 404, TEXT, "/codes/431"), get("findCodes", 200, TEXT, "/codes?name=FunctionNotFound"),
				get("getApiError", 200, JSON, "/api-errors/InvalidParameterValue.Handler"),
				get("getApiError", 200, TEXT, "/api-errors/ResourceNotFound.Function"),
				get("getApiError", 404, PROBLEM, "/api-errors/ResourceNotFound.Functoin"),
				get("findApiErrors", 200, JSON, "/api-errors?class=ResourceNotFound"),
				get("findApiErrors", 200, TEXT, "/api-errors?q=handler"),
				get("findEquivalents", 200, JSON, "/equivalents?platform=aws-lambda&error=Runtime.HandlerNotFound"),
				get("findEquivalents", 200, TEXT, "/equivalents?platform=alibaba-fc&error=FunctionNotFound"),
				get("findEquivalents", 400, PROBLEM, "/equivalents?platform=aws&error=Runtime.HandlerNotFound"),
				get("findEquivalents", 404, PROBLEM, "/equivalents?error=Runtime.HandlerNotFund"),
				get("listRuntimes", 200, JSON, "/runtimes"),
				post("decodeError", 200, JSON, "/codes/decode", TEXT, LOG_LINE.getBytes(StandardCharsets.UTF_8)),
				post("decodeError", 200, TEXT, "/codes/decode", TEXT, LOG_LINE.getBytes(StandardCharsets.UTF_8)),
				post("decodeError", 400, PROBLEM, "/codes/decode", TEXT, new byte[0]),
				post("validateHandler", 200, JSON, "/handler/validate", JSON,
						"{\"runtime\":\"Python3.9\",\"handler\":\"index.py.main_handler\"}"
							.getBytes(StandardCharsets.UTF_8)),
				post("validateHandler", 200, TEXT, "/handler/validate", JSON,
						"{\"runtime\":\"Java11\",\"handler\":\"example.Hello.mainHandler\"}"
							.getBytes(StandardCharsets.UTF_8)),
				post("validateHandler", 422, PROBLEM, "/handler/validate", "multipart/form-data; boundary=example",
						multipart("not a zip".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void committedSpecIsTheGeneratedSpecAndItsExamplesAreRealAnswers() throws Exception {
		ObjectNode answers = json.createObjectNode();
		for (Documented request : documented()) {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(request.build(this.port), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(request.key()).isEqualTo(request.status());
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(request.key())
				.startsWith(request.type());
			String body = new String(response.body(), StandardCharsets.UTF_8);
			if (request.type().equals(TEXT)) {
				answers.put(request.key(), body);
			}
			else {
				answers.set(request.key(), json.readTree(body));
			}
		}
		String taken = json.writerWithDefaultPrettyPrinter().writeValueAsString(answers) + "\n";
		String generated = generatedSpec();
		if (Boolean.getBoolean("openapi.update")) {
			Files.createDirectories(EXAMPLES.getParent());
			Files.writeString(EXAMPLES, taken, StandardCharsets.UTF_8);
			Path built = Path.of("target/classes", ApiDocumentation.EXAMPLES);
			Files.createDirectories(built.getParent());
			Files.writeString(built, taken, StandardCharsets.UTF_8);
			// the contract is built once and cached: built again, it takes the new
			// examples
			for (Locale locale : List.of(Locale.getDefault(), Locale.ENGLISH, Locale.US, Locale.ROOT,
					Language.EN.locale(), Language.ZH.locale())) {
				this.openApi.setCachedOpenAPI(null, locale);
			}
			generated = generatedSpec();
			Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
		}
		String rewrite = "; rewrite it with: ./mvnw test -Dtest=OpenApiIntegrationTests -Dopenapi.update=true";
		assertThat(Files.readString(EXAMPLES, StandardCharsets.UTF_8))
			.as(EXAMPLES + " differs from the service's answers to the documented requests" + rewrite)
			.isEqualTo(taken);
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
			.as("openapi.yaml differs from the generated spec" + rewrite)
			.isEqualTo(generated);
	}

	private String generatedSpec() {
		return new String(this.client.get()
			.uri("/v3/api-docs.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody(), StandardCharsets.UTF_8);
	}

	@Test
	void everyOperationIsDescribedWithItsParametersHeadersAndProblems() throws IOException {
		JsonNode spec = json.readTree(this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody());
		assertThat(
				spec.at("/paths/~1codes~1{status}/get/responses/404/content/application~1problem+json").isMissingNode())
			.isFalse();
		assertThat(spec.at("/paths/~1codes~1{status}/head/operationId").asString()).isEqualTo("getCodeHead");
		assertThat(spec.at("/paths/~1codes/get/operationId").asString()).isEqualTo("findCodes");
		assertThat(spec.at("/paths/~1error").isMissingNode()).isTrue();
		assertThat(spec.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "requestId",
				"nearest", "matches", "errors", "accepted", "limit", "platforms", "known", "asTyped", "encoded");
		assertThat(spec.at("/servers/0/url").asString()).isEqualTo("http://localhost:8080");
		spec.at("/paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			String at = method.getKey() + " " + path.getKey();
			JsonNode operation = method.getValue();
			if (method.getKey().equals("options")) {
				assertThat(operation.path("responses").propertyNames()).as(at)
					.containsExactly("200", "400", "403", "404");
				return;
			}
			List<String> parameters = operation.path("parameters")
				.valueStream()
				.map((parameter) -> parameter.path("$ref").asString(parameter.path("name").asString()))
				.toList();
			assertThat(parameters).as(at).contains("#/components/parameters/X-Request-Id");
			JsonNode responses = operation.path("responses");
			assertThat(responses.propertyNames()).as(at).contains("400", "406", "500", "503");
			if (method.getKey().equals("post")) {
				assertThat(responses.propertyNames()).as(at).contains("403", "413", "415");
			}
			else {
				assertThat(responses.propertyNames()).as(at).contains("304");
				assertThat(responses.at("/200/headers").propertyNames()).as(at)
					.contains("ETag", "Cache-Control", "Vary", "X-Request-Id");
			}
			boolean text = responses.path("200").path("content").has(TEXT);
			if (text) {
				assertThat(parameters).as(at)
					.contains("#/components/parameters/format", "#/components/parameters/lang",
							"#/components/parameters/Accept-Language");
			}
		}));
	}

	@Test
	void swaggerUiIsServed() {
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	private static Documented get(String operation, int status, String type, String path) {
		return new Documented(operation, status, type, "GET", path, null, null);
	}

	private static Documented post(String operation, int status, String type, String path, String contentType,
			byte[] body) {
		return new Documented(operation, status, type, "POST", path, contentType, body);
	}

	private static byte[] multipart(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("runtime", "Python3.9");
		fields.put("handler", "index.main_handler");
		for (Map.Entry<String, String> field : fields.entrySet()) {
			out.write(("--example\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--example\r\nContent-Disposition: form-data; name=\"package\"; filename=\"code.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(zip);
		out.write("\r\n--example--\r\n".getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/**
	 * A documented request, and the status and media type of the answer it is the example
	 * of.
	 */
	record Documented(String operation, int status, String type, String method, String path, String contentType,
			byte[] body) {

		String key() {
			return this.operation + " " + this.status + " " + this.type;
		}

		HttpRequest build(int port) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + this.path))
				.header("Accept", this.type.equals(PROBLEM) ? "application/json" : this.type)
				.header("Accept-Language", "en")
				.header("X-Request-Id", "example");
			if (this.body == null) {
				return request.GET().build();
			}
			return request.header("Content-Type", this.contentType)
				.POST(HttpRequest.BodyPublishers.ofByteArray(this.body))
				.build();
		}

	}

}
