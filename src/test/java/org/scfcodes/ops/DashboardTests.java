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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard is one Grafana can import and lay out: unique panel ids, every query on the data source the
 * user picks, every variable it uses defined, no panels on top of each other, and the lookups table showing each
 * code with the names the service serves as value mappings. {@code -Ddashboard.update=true} rewrites those mappings
 * from the service.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@AutoConfigureMetrics
class DashboardTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

	private static final Set<String> BUILT_IN = Set.of("__rate_interval", "__range", "__interval");

	private final JsonNode dashboard = Dashboard.read();

	@Autowired
	RestTestClient client;

	@Test
	void panelIdsAreUnique() {
		List<Integer> ids = Dashboard.panels(this.dashboard).stream().map((panel) -> panel.path("id").asInt(-1)).toList();
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
				assertThat(target.path("datasource").path("uid").asString()).as(title(panel)).isEqualTo("${datasource}");
				assertThat(refIds.add(target.path("refId").asString())).as(title(panel) + " refIds").isTrue();
			}
		}
	}

	@Test
	void everyVariableUsedIsDefined() {
		Set<String> defined = new HashSet<>(BUILT_IN);
		this.dashboard.path("templating").path("list").forEach((variable) -> defined.add(variable.path("name").asString()));
		List<String> queries = new ArrayList<>(Dashboard.expressions(this.dashboard));
		this.dashboard.path("templating").path("list").forEach((variable) -> queries.add(variable.path("definition").asString()));
		for (String query : queries) {
			Matcher used = VARIABLE.matcher(query);
			while (used.find()) {
				assertThat(defined).as(query).contains(used.group(1));
			}
		}
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
		assertThat(all).contains("http_server_requests_seconds_count", "status=~\"5..\"",
				"histogram_quantile(0.99", "http_server_requests_seconds_bucket", "scf_codes_lookups_total",
				"scf_codes_catalog_info", "scf_codes_catalog_reload_failures_total", "jvm_memory_used_bytes", "up{");
	}

	@Test
	void lookupsShowEachCodeWithTheNameTheServiceGivesIt() throws IOException {
		JsonNode served = Dashboard.JSON.readTree(this.client.get().uri("/codes/grafana-value-mappings").exchange()
			.expectStatus().isOk().returnResult(String.class).getResponseBody());
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
			Files.writeString(Dashboard.FILE, Dashboard.JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
				.writeValueAsString(dashboard) + "\n");
		}
		assertThat(mappings).as("panels that map the status label").isNotEmpty();
		assertThat(served).isInstanceOf(ArrayNode.class).isNotEmpty();
		assertThat(mappings).as("the dashboard's mappings are those of /codes/grafana-value-mappings; rewrite them with "
				+ "./mvnw test -Dtest=DashboardTests -Ddashboard.update=true").allSatisfy((value) ->
			assertThat(value).isEqualTo(served));
	}

	private List<JsonNode> queryPanels() {
		return queryPanels(this.dashboard);
	}

	private static List<JsonNode> queryPanels(JsonNode dashboard) {
		return Dashboard.panels(dashboard).stream().filter((panel) -> !panel.path("type").asString().equals("row")).toList();
	}

	private static String title(JsonNode panel) {
		return panel.path("title").asString();
	}

}
