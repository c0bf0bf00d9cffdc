package org.scfcodes.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard in {@code ops/grafana}: its panels, including those nested in collapsed rows, and their
 * PromQL expressions.
 */
final class Dashboard {

	static final Path FILE = Path.of("ops/grafana/scf-codes-dashboard.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Dashboard() {
	}

	static JsonNode read() {
		return JSON.readTree(FILE.toFile());
	}

	/** Every panel, rows included, in order. */
	static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			panels.add(panel);
			panel.path("panels").forEach(panels::add);
		}
		return panels;
	}

	/** Every PromQL expression of every panel. */
	static List<String> expressions(JsonNode dashboard) {
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : panels(dashboard)) {
			panel.path("targets").forEach((target) -> expressions.add(target.path("expr").asString()));
		}
		return expressions;
	}

	/** An expression with the dashboard's variables as Grafana would fill them in for the given job. */
	static String substituted(String expression, String job) {
		return expression.replace("$__rate_interval", "1m")
			.replace("$__range", "5m")
			.replace("$__interval", "15s")
			.replace("$job", job)
			.replace("$instance", ".+");
	}

}
