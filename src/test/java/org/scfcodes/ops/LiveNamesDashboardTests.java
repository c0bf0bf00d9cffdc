package org.scfcodes.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.scfcodes.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SCF functions dashboard with live names reads each status code's name and colour
 * from the service when it loads, so no JSON is edited when the catalog changes: an
 * Infinity query of {@code /codes/grafana-value-mappings/rows} in the language chosen,
 * which Grafana's "Config from query results" transformation turns into value mappings of
 * the status field. Grafana is not run here: the transformation is modelled as Grafana's
 * source builds a value map of query rows ({@code combineValueMappings} in
 * {@code fieldToConfigMapping.ts}: row i's value, text and colour, index i), and the
 * result must be the service's own mappings, entry for entry, in each language.
 */
@RunningServiceTest
class LiveNamesDashboardTests {

	static final Path FILE = Path.of("ops/grafana/scf-functions-live-names-dashboard.json");

	private static final String ROWS = "${service}/codes/grafana-value-mappings/rows?lang=${lang}";

	/** The handler keys of "Config from query results" for value mappings. */
	private static final Map<String, String> HANDLERS = Map.of("value", "mappings.value", "text", "mappings.text",
			"color", "mappings.color");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)");

	private static final Set<String> BUILT_IN = Set.of("__range", "__range_s", "__value", "__field");

	private final JsonNode dashboard = Dashboard.JSON.readTree(FILE.toFile());

	@Autowired
	RestTestClient client;

	@Test
	void everyQueryIsOnAChosenDataSourceAndEveryVariableItUsesIsDefined() {
		Set<String> defined = new HashSet<>(BUILT_IN);
		this.dashboard.path("templating")
			.path("list")
			.forEach((variable) -> defined.add(variable.path("name").asString()));
		assertThat(variable("infinity").path("query").asString()).isEqualTo("yesoreyeram-infinity-datasource");
		assertThat(variable("datasource").path("query").asString()).isEqualTo("prometheus");
		for (JsonNode target : table().path("targets")) {
			assertThat(target.path("datasource").path("uid").asString()).isIn("${datasource}", "${infinity}");
			for (String text : List.of(target.path("expr").asString(), target.path("url").asString())) {
				Matcher used = VARIABLE.matcher(text);
				while (used.find()) {
					assertThat(defined).as(text).contains(used.group(1));
				}
			}
		}
		assertThat(table().path("datasource").path("uid").asString()).isEqualTo("-- Mixed --");
	}

	@Test
	void countsAreThoseOfTheFunctionsDashboardWhoseQueriesRunOnARealPrometheus() {
		JsonNode functions = Dashboard.JSON.readTree(ScfFunctionsDashboardTests.FILE.toFile());
		JsonNode counts = Dashboard.panels(functions)
			.stream()
			.filter((panel) -> panel.path("type").asString().equals("table"))
			.findFirst()
			.orElseThrow();
		assertThat(prometheusTarget()).isEqualTo(counts.path("targets").get(0));
		assertThat(prometheusTarget().path("expr").asString()).contains("\"status\", \"433\"");
	}

	@Test
	void noMappingIsCopiedIntoTheDashboard() {
		List<String> copies = new ArrayList<>();
		findMappings(this.dashboard, copies, "");
		assertThat(table().path("fieldConfig").path("defaults").has("mappings")).isFalse();
		assertThat(copies).as("value mappings written into the dashboard, which a catalog change would leave behind")
			.isEmpty();
		assertThat(infinityTarget().path("url").asString()).isEqualTo(ROWS);
	}

	@Test
	void theInfinityQueryReadsEveryRowTheServiceServesInEitherLanguage() {
		JsonNode query = infinityTarget();
		assertThat(query.path("type").asString()).isEqualTo("json");
		assertThat(query.path("source").asString()).isEqualTo("url");
		assertThat(query.path("format").asString()).isEqualTo("table");
		assertThat(query.path("url_options").path("method").asString()).isEqualTo("GET");
		assertThat(query.path("root_selector").asString()).as("the rows are the array at the root").isEmpty();
		List<String> selected = new ArrayList<>();
		query.path("columns").forEach((column) -> {
			assertThat(column.path("text").asString()).isEqualTo(column.path("selector").asString());
			assertThat(column.path("type").asString()).isEqualTo("string");
			selected.add(column.path("selector").asString());
		});
		assertThat(selected).containsExactlyInAnyOrderElementsOf(HANDLERS.keySet());
		assertThat(languages()).containsExactly("en", "zh");
		for (String lang : languages()) {
			JsonNode rows = rows(lang);
			assertThat(rows.isArray()).isTrue();
			assertThat(rows.size()).as(lang).isGreaterThan(20);
			rows.forEach((row) -> assertThat(row.propertyNames()).containsExactlyInAnyOrderElementsOf(selected));
		}
	}

	@Test
	void configFromQueryResultsMakesTheServicesMappingsOfTheRowsInEachLanguage() {
		JsonNode transformation = table().path("transformations").get(0);
		assertThat(transformation.path("id").asString()).as("the first transformation, before rows are reorganised")
			.isEqualTo("configFromData");
		JsonNode options = transformation.path("options");
		assertThat(options.path("configRefId").asString()).isEqualTo(infinityTarget().path("refId").asString());
		assertThat(options.path("applyTo").path("id").asString()).isEqualTo("byName");
		assertThat(options.path("applyTo").path("options").asString()).isEqualTo("status");
		assertThat(prometheusTarget().path("expr").asString()).contains("\"status\"");
		Map<String, String> handlers = new TreeMap<>();
		options.path("mappings").forEach((mapping) -> {
			assertThat(mapping.path("reducerId").asString()).isEqualTo("allValues");
			handlers.put(mapping.path("fieldName").asString(), mapping.path("handlerKey").asString());
		});
		// named explicitly: a field called color would otherwise set the field's colour
		assertThat(handlers).isEqualTo(HANDLERS);
		for (String lang : languages()) {
			JsonNode served = Dashboard.JSON.readTree(this.client.get()
				.uri("/codes/grafana-value-mappings?lang=" + lang)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseBody());
			assertThat(asGrafanaMakesThem(rows(lang))).as(lang).isEqualTo(served);
		}
	}

	@Test
	void eachStatusLinksToItsPageAndTheLegendNamesEveryColour() {
		List<String> links = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		for (JsonNode override : table().path("fieldConfig").path("overrides")) {
			assertThat(override.path("matcher").path("options").asString()).isEqualTo("status");
			for (JsonNode property : override.path("properties")) {
				if (property.path("id").asString().equals("custom.cellOptions")) {
					cells.add(property.path("value").path("type").asString());
				}
				if (property.path("id").asString().equals("links")) {
					property.path("value").forEach((link) -> links.add(link.path("url").asString()));
				}
			}
		}
		assertThat(cells).as("the status coloured by its mapping").contains("color-text");
		assertThat(links).containsExactly("${service}/?code=${__value.raw}");
		String legend = Dashboard.panels(this.dashboard)
			.stream()
			.filter((panel) -> panel.path("type").asString().equals("text"))
			.map((panel) -> panel.path("options").path("content").asString())
			.filter((content) -> content.contains("who acts"))
			.findFirst()
			.orElseThrow();
		for (JsonNode row : rows("en")) {
			assertThat(legend).contains("**" + row.path("color").asString() + "**");
			this.client.get()
				.uri(links.get(0).replace("${service}", "").replace("${__value.raw}", row.path("value").asString()))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	/**
	 * The value map Grafana makes of query rows: each row's value maps to its text and
	 * colour, numbered by its position.
	 */
	private static JsonNode asGrafanaMakesThem(JsonNode rows) {
		ObjectNode map = Dashboard.JSON.createObjectNode().put("type", "value");
		ObjectNode options = map.putObject("options");
		for (int i = 0; i < rows.size(); i++) {
			JsonNode row = rows.get(i);
			options.putObject(row.path("value").asString())
				.put("text", row.path("text").asString())
				.put("color", row.path("color").asString())
				.put("index", i);
		}
		return Dashboard.JSON.createArrayNode().add(map);
	}

	private JsonNode rows(String lang) {
		String path = infinityTarget().path("url").asString().replace("${service}", "").replace("${lang}", lang);
		return Dashboard.JSON.readTree(this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
	}

	private List<String> languages() {
		List<String> languages = new ArrayList<>();
		variable("lang").path("options").forEach((option) -> languages.add(option.path("value").asString()));
		return languages;
	}

	private JsonNode table() {
		List<JsonNode> tables = Dashboard.panels(this.dashboard)
			.stream()
			.filter((panel) -> panel.path("type").asString().equals("table"))
			.toList();
		assertThat(tables).hasSize(1);
		return tables.get(0);
	}

	private JsonNode prometheusTarget() {
		return target("${datasource}");
	}

	private JsonNode infinityTarget() {
		return target("${infinity}");
	}

	private JsonNode target(String dataSource) {
		List<JsonNode> targets = new ArrayList<>();
		table().path("targets").forEach((target) -> {
			if (target.path("datasource").path("uid").asString().equals(dataSource)) {
				targets.add(target);
			}
		});
		assertThat(targets).as(dataSource).hasSize(1);
		return targets.get(0);
	}

	private JsonNode variable(String name) {
		for (JsonNode variable : this.dashboard.path("templating").path("list")) {
			if (variable.path("name").asString().equals(name)) {
				return variable;
			}
		}
		throw new AssertionError("No variable " + name);
	}

	/**
	 * The paths of every value map (an object of type value with options) and every
	 * override that sets mappings, at any depth.
	 */
	private static void findMappings(JsonNode node, List<String> found, String path) {
		if (node.path("id").asString().equals("mappings")
				|| (node.path("type").asString().equals("value") && node.has("options"))) {
			found.add(path);
		}
		if (node.isObject()) {
			for (String property : node.propertyNames()) {
				findMappings(node.path(property), found, path + "/" + property);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				findMappings(node.get(i), found, path + "/" + i);
			}
		}
	}

}
