package org.scfcodes.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scfcodes.ScfCodesApplication;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The direct lookups answer exactly as Spring MVC does: two instances of the service, one with direct lookups and
 * one without, get the same requests and must give the same status, headers and bytes, and count and time them
 * the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectCodeLookupsEquivalenceIntegrationTests {

	private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static ConfigurableApplicationContext direct;

	private static ConfigurableApplicationContext dispatched;

	@BeforeAll
	static void start() {
		direct = start(true);
		dispatched = start(false);
	}

	@AfterAll
	static void stop() {
		direct.close();
		dispatched.close();
	}

	private static ConfigurableApplicationContext start(boolean directLookups) {
		return new SpringApplicationBuilder(ScfCodesApplication.class).run("--server.port=0",
				"--scf-codes.http.direct-lookups=" + directLookups, "--spring.jmx.enabled=false");
	}

	@Test
	@Order(1)
	void everyCodeInEveryCommonFormIsAnsweredTheSame() throws Exception {
		List<Integer> statuses = ((CodeCatalog) direct.getBean("catalog", ReloadableFile.class).current()).all().stream().map(StatusCode::status).toList();
		assertThat(statuses).hasSizeGreaterThan(20);
		for (int status : statuses) {
			String path = "/codes/" + status;
			assertSame(path, Map.of());
			assertSame(path, Map.of("Accept", "text/plain"));
			assertSame(path, Map.of("Accept", "text/plain", "Accept-Language", "zh-CN"));
			assertSame(path + "?format=text&lang=zh", Map.of());
		}
	}

	@Test
	@Order(1)
	void unusualRequestsAreAnsweredTheSame() throws Exception {
		String jsonTag = eTag(Map.of());
		String zhTag = eTag(Map.of("Accept", "text/plain", "Accept-Language", "zh"));
		assertThat(jsonTag).endsWith("-json\"");
		assertThat(zhTag).endsWith("-text-zh\"");
		List<Map<String, String>> headers = List.of(Map.of("Accept", "*/*"), Map.of("Accept", "application/json"),
				Map.of("Accept", "text/plain", "Accept-Language", "fr, zh;q=0.5"),
				Map.of("Accept", "text/plain;q=0.5, application/json"), Map.of("Accept", "text/html"),
				Map.of("Accept", "application/xml"), Map.of("Accept", "text/*"),
				Map.of("Origin", "http://dashboard.example"), Map.of("Origin", "null"),
				Map.of("If-None-Match", jsonTag), Map.of("If-None-Match", "W/" + jsonTag),
				Map.of("If-None-Match", "\"stale\""), Map.of("If-None-Match", "*"),
				Map.of("If-None-Match", "\"stale\", " + jsonTag), Map.of("If-None-Match", "unquoted"),
				Map.of("If-None-Match", jsonTag, "Accept", "text/plain"),
				Map.of("If-None-Match", zhTag, "Accept", "text/plain", "Accept-Language", "zh-TW"),
				Map.of("If-None-Match", jsonTag, "Origin", "http://dashboard.example"),
				Map.of("If-Match", "\"stale\""), Map.of("If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT"),
				Map.of("X-Request-Id", "incident-42"));
		for (Map<String, String> each : headers) {
			assertSame("/codes/433", each);
		}
		for (String path : List.of("/codes/433?format=json", "/codes/433?format=text", "/codes/433?format=TEXT",
				"/codes/433?format=xml", "/codes/433?format=", "/codes/433?lang=zh&format=text",
				"/codes/433?lang=xx&format=text", "/codes/433?format=json&lang=zh", "/codes/433?other=1",
				"/codes/433?format=text&format=json", "/codes/999", "/codes/043", "/codes/0433", "/codes/43",
				"/codes/433/", "/codes/4a3", "/codes/%34%33%33", "/codes/433;x=1")) {
			assertSame(path, Map.of());
			assertSame(path, Map.of("Accept", "text/plain"));
		}
	}

	@Test
	@Order(1)
	void sameOriginRequestsAreAnsweredTheSame() throws Exception {
		assertSame("/codes/433", (base) -> Map.of("Origin", base));
	}

	@Test
	@Order(2)
	void theSameRequestsAreCountedAndTimedTheSame() {
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			List<String> expected = codeMetrics(dispatched);
			assertThat(expected).anyMatch((line) -> line.contains("status=\"304\""));
			assertThat(codeMetrics(direct)).isEqualTo(expected);
		});
	}

	/** The request counts by tags of /codes/{status}, and the lookup counts by code and outcome. */
	private static List<String> codeMetrics(ConfigurableApplicationContext context) throws Exception {
		String scrape = new String(get(context, "/actuator/prometheus", (base) -> Map.of()).body());
		return scrape.lines()
			.filter((line) -> (line.startsWith("http_server_requests_seconds_count{") && line.contains("/codes/{status}"))
					|| line.startsWith("scf_codes_lookups_total{"))
			.sorted()
			.toList();
	}

	private static String eTag(Map<String, String> headers) throws Exception {
		String tag = header(dispatched, "/codes/433", headers, "ETag");
		assertThat(header(direct, "/codes/433", headers, "ETag")).isEqualTo(tag);
		return tag;
	}

	private static void assertSame(String path, Map<String, String> headers) throws Exception {
		assertSame(path, (base) -> headers);
	}

	private static void assertSame(String path, Function<String, Map<String, String>> headers) throws Exception {
		HttpResponse<byte[]> expected = get(dispatched, path, headers);
		HttpResponse<byte[]> actual = get(direct, path, headers);
		String request = path + " " + headers.apply("http://localhost");
		assertThat(actual.statusCode()).as(request).isEqualTo(expected.statusCode());
		assertThat(comparable(actual)).as(request).isEqualTo(comparable(expected));
		if (expected.statusCode() < 400) {
			assertThat(actual.body()).as(request).isEqualTo(expected.body());
		}
		else {
			assertThat(new String(actual.body())).as(request)
				.isEqualTo(new String(expected.body()).replace(requestId(expected), requestId(actual)));
		}
	}

	/**
	 * The headers that must be equal: all but the date and the request id, which must be present, and the framing of
	 * the body (the direct answers know their length, Spring MVC's converters stream); {@code Vary} as the list it
	 * means, whether sent in one field line or several.
	 */
	private static Map<String, List<String>> comparable(HttpResponse<?> response) {
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
		Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
		headers.remove("date");
		headers.remove("x-request-id");
		headers.remove("content-length");
		headers.remove("transfer-encoding");
		headers.computeIfPresent("vary", (name, lines) -> lines.stream()
			.flatMap((line) -> Arrays.stream(line.split(",")))
			.map(String::strip)
			.toList());
		return headers;
	}

	private static String requestId(HttpResponse<?> response) {
		return response.headers().firstValue("X-Request-Id").orElseThrow();
	}

	private static String header(ConfigurableApplicationContext context, String path, Map<String, String> headers,
			String name) throws Exception {
		return get(context, path, (base) -> headers).headers().firstValue(name).orElseThrow();
	}

	private static HttpResponse<byte[]> get(ConfigurableApplicationContext context, String path,
			Function<String, Map<String, String>> headers) throws IOException, InterruptedException {
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		List<String> pairs = new ArrayList<>();
		headers.apply(base).forEach((name, value) -> {
			pairs.add(name);
			pairs.add(value);
		});
		if (!pairs.isEmpty()) {
			request.headers(pairs.toArray(String[]::new));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
