package org.scfcodes.ops;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Prometheus scrapes the running service every second with the alert rules
 * loaded: the metrics the dashboard and the rules read are there, the rules load and
 * evaluate, and every PromQL expression of the dashboard and the rules is valid. Skipped
 * where Debian's {@code prometheus} is not installed.
 */
@RunningServiceTest
class PrometheusIntegrationTests {

	private static final Path RULES = Path.of("ops/prometheus/alerts.yaml");

	private static final String JOB = "scf-codes";

	/**
	 * Metrics the service exports; anything else the queries read comes from Kubernetes.
	 */
	private static final Pattern SERVICE_METRIC = Pattern
		.compile("\\b((?:scf_codes|http_server_requests|jvm|process|system)_[a-z_]+|up)\\b(?=\\s*[{\\[)])");

	@TempDir
	static Path directory;

	private static LocalPrometheus prometheus;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@BeforeAll
	static void prometheusIsInstalled() {
		assumeTrue(Files.isExecutable(LocalPrometheus.BINARY), "Prometheus is not installed at "
				+ LocalPrometheus.BINARY + " (apt-get install --no-install-recommends prometheus)");
	}

	@AfterAll
	static void stopPrometheus() throws InterruptedException {
		if (prometheus != null) {
			prometheus.close();
		}
	}

	@Test
	void prometheusScrapesTheServiceAndEvaluatesEveryDashboardAndRuleExpression() throws Exception {
		startPrometheus();
		await("the configuration loaded", () -> query("up{job=\"" + JOB + "\"} == 1").path("result").size() == 1);

		for (int i = 0; i < 20; i++) {
			get("/codes/433");
			get("/codes/434");
		}
		get("/codes/431");
		get("/codes?q=memory");
		get("/codes/grafana-value-mappings");
		await("lookups counted per code", () -> lookups("433", "found") >= 20 && lookups("434", "found") >= 20
				&& lookups("431", "not-found") >= 1);

		await("every rule evaluated", () -> {
			List<JsonNode> rules = rules();
			return rules.size() == ruleCount()
					&& rules.stream().allMatch((rule) -> rule.path("health").asString().equals("ok"));
		});
		assertThat(rules()).extracting((rule) -> rule.path("name").asString())
			.contains("ScfCodesErrors", "ScfCodesSlowAnswers", "ScfCodesCatalogReloadRejected",
					"ScfCodesCatalogBehind");
		assertThat(rules()).allSatisfy((rule) -> {
			assertThat(rule.path("lastError").asString("")).as(rule.path("name").asString()).isEmpty();
			assertThat(rule.path("labels").path("severity").asString()).isNotBlank();
			assertThat(rule.path("annotations").path("runbook_url").asString())
				.startsWith(AlertRulesTests.RUNBOOK_BASE + "README-ops.md#");
		});

		// p99 per endpoint needs the latency buckets of http.server.requests
		await("the latency buckets scraped",
				() -> !query("histogram_quantile(0.99, sum by (uri, le) "
						+ "(rate(http_server_requests_seconds_bucket{job=\"" + JOB
						+ "\", uri=\"/codes/{status}\"}[1m])))")
					.path("result")
					.isEmpty());

		// "Pods up" says 0, not "No data", when no pod of the job is up
		String podsUp = Dashboard.expressions(Dashboard.read())
			.stream()
			.filter((expression) -> expression.startsWith("count(up{"))
			.findFirst()
			.orElseThrow();
		assertThat(query(Dashboard.substituted(podsUp, JOB)).path("result").get(0).path("value").get(1).asString())
			.isEqualTo("1");
		assertThat(query(Dashboard.substituted(podsUp, "no-such-job")).path("result")
			.get(0)
			.path("value")
			.get(1)
			.asString()).isEqualTo("0");

		List<String> expressions = new ArrayList<>(Dashboard.expressions(Dashboard.read()));
		expressions.addAll(ruleExpressions());
		Set<String> names = metricNames();
		for (String expression : expressions) {
			String promql = Dashboard.substituted(expression, JOB);
			JsonNode answer = prometheus
				.get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
			assertThat(answer.path("status").asString()).as(promql + ": " + answer.path("error").asString())
				.isEqualTo("success");
			Matcher metric = SERVICE_METRIC.matcher(promql);
			while (metric.find()) {
				assertThat(names).as("a metric of " + promql).contains(metric.group(1));
			}
		}
	}

	/**
	 * Starts Prometheus scraping this service, which is known only once the context runs.
	 */
	private void startPrometheus() throws Exception {
		prometheus = LocalPrometheus.start(directory, """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files:
				  - %s
				scrape_configs:
				  - job_name: %s
				    metrics_path: /actuator/prometheus
				    static_configs:
				      - targets: ["127.0.0.1:%d"]
				        labels: {namespace: scf-codes, pod: scf-codes-0}
				""".formatted(RULES.toAbsolutePath(), JOB, this.port));
	}

	private double lookups(String status, String outcome) throws Exception {
		JsonNode result = query("sum(scf_codes_lookups_total{job=\"" + JOB + "\", status=\"" + status + "\", outcome=\""
				+ outcome + "\"})")
			.path("result");
		return result.isEmpty() ? 0 : Double.parseDouble(result.get(0).path("value").get(1).asString());
	}

	private List<JsonNode> rules() throws Exception {
		List<JsonNode> rules = new ArrayList<>();
		for (JsonNode group : prometheus.get("/api/v1/rules").path("data").path("groups")) {
			group.path("rules").forEach(rules::add);
		}
		return rules;
	}

	private static int ruleCount() {
		return ruleExpressions().size();
	}

	private static List<String> ruleExpressions() {
		List<String> expressions = new ArrayList<>();
		for (JsonNode group : YAMLMapper.builder().build().readTree(RULES.toFile()).path("groups")) {
			group.path("rules").forEach((rule) -> expressions.add(rule.path("expr").asString()));
		}
		return expressions;
	}

	private Set<String> metricNames() throws Exception {
		Set<String> names = new TreeSet<>();
		prometheus.get("/api/v1/label/__name__/values").path("data").forEach((name) -> names.add(name.asString()));
		return names;
	}

	private JsonNode query(String promql) throws Exception {
		return prometheus.query(promql);
	}

	private void get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isIn(200, 404);
	}

	private void await(String what, LocalPrometheus.Check check) throws Exception {
		prometheus.await(what, check);
	}

}
