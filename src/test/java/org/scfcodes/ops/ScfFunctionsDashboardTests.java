package org.scfcodes.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.RunningServiceTest;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.catalog.Metric;
import org.scfcodes.catalog.StatusCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SCF functions dashboard shows the status codes Cloud Monitor counts one by one,
 * read from series named as tencentcloud-exporter names a Cloud Monitor metric, with the
 * service's names for them, a link from each to its page on the service and a legend of
 * its colours. A real Prometheus scrapes such series and every query of the dashboard
 * must return data. {@code -Ddashboard.update=true} rewrites the mappings from the
 * service.
 */
@RunningServiceTest
class ScfFunctionsDashboardTests {

	static final Path FILE = Path.of("ops/grafana/scf-functions-dashboard.json");

	/**
	 * The status a query names for each per-code series:
	 * label_replace(…qce_scf_v2_http433_…, "status", "433", …).
	 */
	private static final Pattern CODE = Pattern.compile(
			"qce_scf_v2_(http\\w+?)_\\$statistic\\{[^}]*\\}(?:\\[[^]]*\\])?\\)\\)?(?: \\* [^,]+)?, \"status\", \"(\\d{3})\"");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");

	private static final Set<String> BUILT_IN = Set.of("__range", "__range_s", "__rate_interval", "__interval",
			"__value", "__field");

	@TempDir
	static Path directory;

	private final JsonNode dashboard = Dashboard.JSON.readTree(FILE.toFile());

	@Autowired
	RestTestClient client;

	@Test
	void everyQueryIsOnTheChosenDataSourceAndEveryVariableItUsesIsDefined() {
		Set<String> defined = new HashSet<>(BUILT_IN);
		this.dashboard.path("templating")
			.path("list")
			.forEach((variable) -> defined.add(variable.path("name").asString()));
		List<Integer> ids = new ArrayList<>();
		for (JsonNode panel : Dashboard.panels(this.dashboard)) {
			ids.add(panel.path("id").asInt(-1));
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("datasource").path("uid").asString()).isEqualTo("${datasource}");
				Matcher used = VARIABLE.matcher(target.path("expr").asString());
				while (used.find()) {
					assertThat(defined).as(target.path("expr").asString()).contains(used.group(1));
				}
			}
		}
		assertThat(ids).doesNotContain(-1).doesNotHaveDuplicates();
		this.dashboard.path("templating").path("list").forEach((variable) -> {
			Matcher used = VARIABLE.matcher(variable.path("definition").asString());
			while (used.find()) {
				assertThat(defined).contains(used.group(1));
			}
		});
	}

	@Test
	void statusCodesAreThoseCloudMonitorCountsOneByOne() throws IOException {
		Map<String, List<Integer>> codesByMetric = new TreeMap<>();
		for (StatusCode code : CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")).all()) {
			Metric metric = (code.seenIn() != null) ? code.seenIn().metric() : null;
			if (metric != null && metric.basis().equals("documented")) {
				codesByMetric.computeIfAbsent(metric.name().toLowerCase(Locale.ROOT), (name) -> new ArrayList<>())
					.add(code.status());
			}
		}
		Map<String, String> counted = new TreeMap<>();
		codesByMetric.forEach((metric, codes) -> {
			if (codes.size() == 1) {
				counted.put(metric, String.valueOf(codes.get(0)));
			}
		});
		assertThat(counted).as("the catalog's codes with a documented metric of their own")
			.containsEntry("http433", "433");
		for (JsonNode panel : codePanels()) {
			assertThat(codesOf(panel)).as(panel.path("title").asString()).isEqualTo(counted);
		}
		assertThat(codePanels()).hasSize(2);
	}

	@Test
	void statusCodesShowTheServicesNamesAndLinkToTheirPages() throws IOException {
		String body = this.client.get()
			.uri("/codes/grafana-value-mappings")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		JsonNode served = Dashboard.JSON.readTree(body);
		ObjectNode dashboard = (ObjectNode) Dashboard.JSON.readTree(FILE.toFile());
		List<JsonNode> mappings = new ArrayList<>();
		for (JsonNode panel : Dashboard.panels(dashboard)) {
			for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
				for (JsonNode property : override.path("properties")) {
					if (property.path("id").asString().equals("mappings")) {
						if (Boolean.getBoolean("dashboard.update")) {
							((ObjectNode) property).set("value", served);
						}
						mappings.add(property.path("value"));
					}
				}
			}
		}
		if (Boolean.getBoolean("dashboard.update")) {
			Files.writeString(FILE,
					Dashboard.JSON.rebuild()
						.enable(SerializationFeature.INDENT_OUTPUT)
						.build()
						.writeValueAsString(dashboard) + "\n");
		}
		assertThat(mappings)
			.as("the dashboard's mappings are those of /codes/grafana-value-mappings; rewrite them with "
					+ "./mvnw test -Dtest=ScfFunctionsDashboardTests -Ddashboard.update=true")
			.isNotEmpty()
			.allSatisfy((value) -> assertThat(value).isEqualTo(served));
		for (JsonNode panel : codePanels()) {
			List<String> links = links(panel);
			assertThat(links).as(panel.path("title").asString()).isNotEmpty();
			for (String code : codesOf(panel).values()) {
				assertThat(served.get(0).path("options").has(code)).as("a mapping for " + code).isTrue();
				for (String link : links) {
					assertThat(link).startsWith("${service}/?code=${__");
					String path = link.replace("${service}", "").replaceAll("\\$\\{__[^}]+\\}", code);
					this.client.get().uri(path).exchange().expectStatus().isOk();
					this.client.get().uri("/codes/" + code).exchange().expectStatus().isOk();
				}
			}
		}
	}

	@Test
	void legendSaysWhoActsForEveryColourOfTheMappings() {
		JsonNode served = Dashboard.JSON.readTree(this.client.get()
			.uri("/codes/grafana-value-mappings")
			.exchange()
			.returnResult(String.class)
			.getResponseBody());
		List<String> legends = Dashboard.panels(this.dashboard)
			.stream()
			.filter((panel) -> panel.path("type").asString().equals("text"))
			.map((panel) -> panel.path("options").path("content").asString())
			.filter((content) -> content.contains("who acts"))
			.toList();
		assertThat(legends).singleElement().satisfies((legend) -> {
			for (JsonNode option : served.get(0).path("options")) {
				assertThat(legend).contains("**" + option.path("color").asString() + "**");
			}
		});
	}

	@Test
	void everyQueryReturnsDataFromSeriesInTheExportersFormat() throws Exception {
		assumeTrue(Files.isExecutable(LocalPrometheus.BINARY),
				"Prometheus is not installed at " + LocalPrometheus.BINARY);
		HttpServer exporter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		byte[] page = exposition().getBytes(StandardCharsets.UTF_8);
		exporter.createContext("/metrics", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		exporter.start();
		try (LocalPrometheus prometheus = LocalPrometheus.start(directory, """
				global:
				  scrape_interval: 1s
				scrape_configs:
				  - job_name: tencentcloud-exporter
				    honor_labels: true
				    static_configs:
				      - targets: ["127.0.0.1:%d"]
				""".formatted(exporter.getAddress().getPort()))) {
			prometheus.await("the exporter's series scraped",
					() -> prometheus.query("qce_scf_v2_http433_sum").path("result").size() == 2);
			Thread.sleep(2000);
			// the statistic variable, as Grafana fills it from the series names
			Set<String> statistics = new TreeSet<>();
			prometheus.get("/api/v1/label/__name__/values").path("data").forEach((name) -> {
				Matcher statistic = Pattern.compile("^qce_scf_v2_invocation_(.+)$").matcher(name.asString());
				if (statistic.matches()) {
					statistics.add(statistic.group(1));
				}
			});
			assertThat(statistics).containsExactly("sum");
			for (JsonNode panel : Dashboard.panels(this.dashboard)) {
				for (JsonNode target : panel.path("targets")) {
					String promql = target.path("expr")
						.asString()
						.replace("$statistic", "sum")
						.replace("$function", ".*")
						.replace("$scf_namespace", ".*")
						.replace("$__range_s", "60")
						.replace("$__range", "1m");
					JsonNode result = prometheus.query(promql).path("result");
					assertThat(result).as(panel.path("title").asString() + ": " + promql).isNotEmpty();
					if (codePanels().contains(panel)) {
						Map<String, Double> byStatus = new TreeMap<>();
						result.forEach((series) -> byStatus.put(series.path("metric").path("status").asString(),
								Double.parseDouble(series.path("value").get(1).asString())));
						// per minute: the two functions' values added, over one minute
						assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(
								Map.of("200", 98.0 + 40, "432", 1.0, "433", 3.0 + 2, "434", 2.0));
					}
				}
			}
			Set<String> functions = new TreeSet<>();
			prometheus.query("qce_scf_v2_invocation_sum")
				.path("result")
				.forEach((series) -> functions.add(series.path("metric").path("function_name").asString()));
			assertThat(functions).containsExactly("orders", "thumbnails");
		}
		finally {
			exporter.stop(0);
		}
	}

	/** Two functions' per-minute counts, as the exporter would write them. */
	private static String exposition() {
		Map<String, double[]> counts = new LinkedHashMap<>();
		counts.put("Invocation", new double[] { 104, 42 });
		counts.put("Error", new double[] { 6, 2 });
		counts.put("Http2xx", new double[] { 98, 40 });
		counts.put("Http4xx", new double[] { 6, 2 });
		counts.put("Http432", new double[] { 1, 0 });
		counts.put("Http433", new double[] { 3, 2 });
		counts.put("Http434", new double[] { 2, 0 });
		counts.put("Syserr", new double[] { 0, 0 });
		counts.put("Throttle", new double[] { 0, 1 });
		StringBuilder page = new StringBuilder();
		counts.forEach((metric, values) -> {
			CloudMonitorSeries orders = new CloudMonitorSeries("QCE/SCF_V2", metric, "sum",
					Map.of("functionName", "orders", "namespace", "default", "version", "$LATEST"), values[0]);
			CloudMonitorSeries thumbnails = new CloudMonitorSeries("QCE/SCF_V2", metric, "sum",
					Map.of("functionName", "thumbnails", "namespace", "media", "version", "$LATEST"), values[1]);
			page.append(orders.help()).append(orders.sample()).append(thumbnails.sample());
		});
		return page.toString();
	}

	private List<JsonNode> codePanels() {
		return Dashboard.panels(this.dashboard)
			.stream()
			.filter((panel) -> Dashboard.expressions(panel)
				.stream()
				.anyMatch((expression) -> expression.contains("\"status\"")))
			.toList();
	}

	/**
	 * The status each per-code metric of a panel's queries is shown as, by the metric's
	 * exported name part.
	 */
	private static Map<String, String> codesOf(JsonNode panel) {
		Map<String, String> codes = new TreeMap<>();
		for (String expression : Dashboard.expressions(panel)) {
			Matcher code = CODE.matcher(expression);
			while (code.find()) {
				codes.put(code.group(1), code.group(2));
			}
		}
		return codes;
	}

	private static List<String> links(JsonNode panel) {
		List<String> links = new ArrayList<>();
		panel.path("fieldConfig")
			.path("defaults")
			.path("links")
			.forEach((link) -> links.add(link.path("url").asString()));
		for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
			for (JsonNode property : override.path("properties")) {
				if (property.path("id").asString().equals("links")) {
					property.path("value").forEach((link) -> links.add(link.path("url").asString()));
				}
			}
		}
		return links;
	}

}
