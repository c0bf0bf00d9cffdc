package org.scfcodes.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.scfcodes.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard is one Grafana can import and lay out: unique panel ids, every
 * query on the data source the user picks, every variable it uses defined, no panels on
 * top of each other, and the lookups table showing each code with the names the service
 * serves as value mappings. {@code -Ddashboard.update=true} rewrites those mappings from
 * the service.
 */
@RunningServiceTest
class DashboardTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

	private static final Set<String> BUILT_IN = Set.of("__rate_interval", "__range", "__interval", "__value",
			"__field");

	private static final Pattern LINK_VARIABLE = Pattern.compile("\\$\\{(\\w+)");

	private final JsonNode dashboard = Dashboard.read();

	@Autowired
	RestTestClient client;

	@Test
	void panelIdsAreUnique() {
		List<Integer> ids = Dashboard.panels(this.dashboard)
			.stream()
			.map((panel) -> panel.path("id").asInt(-1))
			.toList();
		assertThat(ids).doesNotContain(-1).doesNotHaveDuplicates();
	}

	@Test
	void everyQueryUsesTheDataSourceVariable() {
		JsonNode variables = this.dashboard.path("templating").path("list");
		assertThat(variables).anySatisfy((variable) -> {
			assertThat(variable.path("name").asString()).isEqualTo("datasource");
			assertThat(variable.path("type").asString()).isEqualTo("datasource");
			assertThat(variable.path("query").asString()).isEqualTo("prometheus");
		});
		for (JsonNode panel : queryPanels()) {
			assertThat(panel.path("datasource").path("uid").asString()).as(title(panel)).isEqualTo("${datasource}");
			assertThat(panel.path("targets")).as(title(panel)).isNotEmpty();
			Set<String> refIds = new HashSet<>();
			for (JsonNode target : panel.path("targets")) {
				assertThat(target.path("expr").asString()).as(title(panel)).isNotBlank();
				assertThat(target.path("datasource").path("uid").asString()).as(title(panel))
					.isEqualTo("${datasource}");
				assertThat(refIds.add(target.path("refId").asString())).as(title(panel) + " refIds").isTrue();
			}
		}
	}

	@Test
	void everyVariableUsedIsDefined() {
		Set<String> defined = new HashSet<>(BUILT_IN);
		this.dashboard.path("templating")
			.path("list")
			.forEach((variable) -> defined.add(variable.path("name").asString()));
		List<String> queries = new ArrayList<>(Dashboard.expressions(this.dashboard));
		this.dashboard.path("templating")
			.path("list")
			.forEach((variable) -> queries.add(variable.path("definition").asString()));
		for (String query : queries) {
			Matcher used = VARIABLE.matcher(query);
			while (used.find()) {
				assertThat(defined).as(query).contains(used.group(1));
			}
		}
		for (String url : linkUrls(this.dashboard)) {
			Matcher used = LINK_VARIABLE.matcher(url);
			while (used.find()) {
				assertThat(defined).as(url).contains(used.group(1));
			}
		}
	}

	@Test
	void everyPanelQueryIsFilteredByJobNamespaceAndPod() {
		for (JsonNode panel : queryPanels()) {
			for (JsonNode target : panel.path("targets")) {
				assertThat(Dashboard.unfiltered(target.path("expr").asString())).as(title(panel)).isEmpty();
			}
		}
		for (String variable : List.of("job", "namespace", "pod")) {
			assertThat(this.dashboard.path("templating").path("list")).as(variable)
				.anyMatch((defined) -> defined.path("name").asString().equals(variable));
		}
	}

	@Test
	void aQueryThatEscapesTheFiltersIsCaught() {
		assertThat(Dashboard.unfiltered("sum by (pod) (container_memory_working_set_bytes{container=\"scf-codes\"})"))
			.hasSize(2);
		assertThat(Dashboard.unfiltered("count(up{job=~\"$job\", namespace=~\"$namespace\"} == 1)")).hasSize(2);
		assertThat(
				Dashboard.unfiltered("sum(kube_deployment_spec_replicas{namespace=~\"$namespace\"} and on (namespace) "
						+ "up{job=~\"$job\", namespace=~\"$namespace\", pod=~\"$pod\"})"))
			.isEmpty();
	}

	@Test
	void podVariableListsPodsByTheirPodLabel() {
		JsonNode pod = variable("pod");
		assertThat(pod.path("definition").asString()).matches("label_values\\(.*\\{.*job=~\"\\$job\".*\\}, pod\\)");
		assertThat(pod.path("label").asString()).isEqualTo("Pod");
		assertThat(pod.path("allValue").asString()).as("All must also take series without the label").isEqualTo(".*");
	}

	@Test
	void fiveXxRatioTurnsRedWhereTheAlertFiresAndReadsInPercent() {
		JsonNode alert = AlertRulesTests.rule("ScfCodesErrors");
		Matcher threshold = Pattern.compile(">\\s*([0-9.]+)\\s*$").matcher(alert.path("expr").asString().strip());
		assertThat(threshold.find()).isTrue();
		JsonNode stat = statPanel("status=~\"5..\"");
		JsonNode defaults = stat.path("fieldConfig").path("defaults");
		assertThat(defaults.path("unit").asString()).isEqualTo("percentunit");
		JsonNode steps = defaults.path("thresholds").path("steps");
		assertThat(steps.get(steps.size() - 1).path("color").asString()).isEqualTo("red");
		assertThat(steps.get(steps.size() - 1).path("value").asDouble())
			.isEqualTo(Double.parseDouble(threshold.group(1)));
		assertThat(stat.path("targets").get(0).path("expr").asString()).as("the alert's window").contains("[5m]");
	}

	@Test
	void podsUpShowsZeroAndTurnsGreenAtTheDeploymentsReplicas() throws IOException {
		JsonNode stat = statPanel("up{");
		assertThat(stat.path("targets").get(0).path("expr").asString()).endsWith(" or vector(0)");
		JsonNode steps = stat.path("fieldConfig").path("defaults").path("thresholds").path("steps");
		assertThat(steps.get(0).path("color").asString()).isEqualTo("red");
		int replicas = Manifests.one(Manifests.all(), io.fabric8.kubernetes.api.model.apps.Deployment.class)
			.getSpec()
			.getReplicas();
		assertThat(steps.get(steps.size() - 1).path("color").asString()).isEqualTo("green");
		assertThat(steps.get(steps.size() - 1).path("value").asInt()).isEqualTo(replicas);
	}

	@Test
	void everyStatusCodeLinksToItsPageOnTheService() {
		List<String> links = new ArrayList<>();
		for (JsonNode panel : queryPanels()) {
			boolean codes = Dashboard.expressions(panel)
				.stream()
				.anyMatch((expression) -> expression.contains("scf_codes_lookups_total"));
			if (codes) {
				List<String> urls = linkUrls(panel);
				assertThat(urls).as(title(panel))
					.isNotEmpty()
					.allSatisfy((url) -> assertThat(url)
						.matches("\\$\\{service\\}/\\?code=\\$\\{__(value\\.raw|field\\.labels\\.status)\\}"));
				links.addAll(urls);
			}
		}
		assertThat(links).isNotEmpty();
		JsonNode served = servedMappings();
		for (String code : served.get(0).path("options").propertyNames()) {
			for (String url : links) {
				String path = url.replace("${service}", "").replaceAll("\\$\\{__[^}]+\\}", code);
				this.client.get().uri(path).exchange().expectStatus().isOk();
				this.client.get().uri("/codes/" + code).exchange().expectStatus().isOk();
			}
		}
	}

	@Test
	void legendSaysWhoActsForEveryColourOfTheMappings() {
		JsonNode served = servedMappings();
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
	void panelsFitTheGridWithoutOverlapping() {
		List<JsonNode> panels = Dashboard.panels(this.dashboard);
		for (int i = 0; i < panels.size(); i++) {
			JsonNode a = panels.get(i).path("gridPos");
			assertThat(a.path("x").asInt() + a.path("w").asInt()).as(title(panels.get(i))).isBetween(1, 24);
			assertThat(a.path("h").asInt()).as(title(panels.get(i))).isPositive();
			for (int j = i + 1; j < panels.size(); j++) {
				JsonNode b = panels.get(j).path("gridPos");
				boolean apart = a.path("x").asInt() + a.path("w").asInt() <= b.path("x").asInt()
						|| b.path("x").asInt() + b.path("w").asInt() <= a.path("x").asInt()
						|| a.path("y").asInt() + a.path("h").asInt() <= b.path("y").asInt()
						|| b.path("y").asInt() + b.path("h").asInt() <= a.path("y").asInt();
				assertThat(apart).as(title(panels.get(i)) + " and " + title(panels.get(j))).isTrue();
			}
		}
	}

	@Test
	void dashboardShowsWhatOperatorsNeed() {
		String all = String.join("\n", Dashboard.expressions(this.dashboard));
		assertThat(all).contains("http_server_requests_seconds_count", "status=~\"5..\"", "histogram_quantile(0.99",
				"http_server_requests_seconds_bucket", "scf_codes_lookups_total", "scf_codes_catalog_info",
				"scf_codes_catalog_reload_failures_total", "jvm_memory_used_bytes", "up{");
	}

	@Test
	void lookupsShowEachCodeWithTheNameTheServiceGivesIt() throws IOException {
		JsonNode served = Dashboard.JSON.readTree(this.client.get()
			.uri("/codes/grafana-value-mappings")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
		ObjectNode dashboard = (ObjectNode) Dashboard.read();
		List<JsonNode> mappings = new ArrayList<>();
		for (JsonNode panel : queryPanels(dashboard)) {
			for (JsonNode override : panel.path("fieldConfig").path("overrides")) {
				if (override.path("matcher").path("options").asString().equals("status")) {
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
		}
		if (Boolean.getBoolean("dashboard.update")) {
			Files.writeString(Dashboard.FILE,
					Dashboard.JSON.rebuild()
						.enable(SerializationFeature.INDENT_OUTPUT)
						.build()
						.writeValueAsString(dashboard) + "\n");
		}
		assertThat(mappings).as("panels that map the status label").isNotEmpty();
		assertThat(served).isInstanceOf(ArrayNode.class).isNotEmpty();
		assertThat(mappings)
			.as("the dashboard's mappings are those of /codes/grafana-value-mappings; rewrite them with "
					+ "./mvnw test -Dtest=DashboardTests -Ddashboard.update=true")
			.allSatisfy((value) -> assertThat(value).isEqualTo(served));
	}

	private JsonNode servedMappings() {
		return Dashboard.JSON.readTree(this.client.get()
			.uri("/codes/grafana-value-mappings")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
	}

	private JsonNode variable(String name) {
		for (JsonNode variable : this.dashboard.path("templating").path("list")) {
			if (variable.path("name").asString().equals(name)) {
				return variable;
			}
		}
		throw new AssertionError("No variable " + name);
	}

	private JsonNode statPanel(String querying) {
		List<JsonNode> stats = queryPanels().stream()
			.filter((panel) -> panel.path("type").asString().equals("stat"))
			.filter((panel) -> Dashboard.expressions(panel)
				.stream()
				.anyMatch((expression) -> expression.contains(querying)))
			.toList();
		assertThat(stats).as("the stat of " + querying).hasSize(1);
		return stats.get(0);
	}

	/**
	 * The URLs of every link in a dashboard or panel, at any depth (panel, field
	 * defaults, overrides).
	 */
	private static List<String> linkUrls(JsonNode node) {
		List<String> urls = new ArrayList<>();
		if (node.isObject()) {
			for (var property : node.properties()) {
				if (property.getKey().equals("links") && property.getValue().isArray()) {
					property.getValue().forEach((link) -> urls.add(link.path("url").asString()));
				}
				else if (property.getKey().equals("id") && property.getValue().asString().equals("links")) {
					node.path("value").forEach((link) -> urls.add(link.path("url").asString()));
				}
				else {
					urls.addAll(linkUrls(property.getValue()));
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((item) -> urls.addAll(linkUrls(item)));
		}
		return urls;
	}

	private List<JsonNode> queryPanels() {
		return queryPanels(this.dashboard);
	}

	private static List<JsonNode> queryPanels(JsonNode dashboard) {
		return Dashboard.panels(dashboard)
			.stream()
			.filter((panel) -> !Set.of("row", "text").contains(panel.path("type").asString()))
			.toList();
	}

	private static String title(JsonNode panel) {
		return panel.path("title").asString();
	}

}
