package org.scfcodes.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard in {@code ops/grafana}: its panels, including those nested in
 * collapsed rows, and their PromQL expressions.
 */
final class Dashboard {

	static final Path FILE = Path.of("ops/grafana/scf-codes-dashboard.json");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * A series selector of the metrics the dashboard reads: the service's, the kubelet's,
	 * kube-state-metrics'.
	 */
	private static final Pattern SELECTOR = Pattern.compile(
			"\\b(up|(?:scf_codes|http_server_requests|jvm|process|system|container|kube)_[a-z_]+)\\b(\\{[^}]*\\})?");

	private static final String JOB = "job=~\"$job\"";

	private static final String NAMESPACE = "namespace=~\"$namespace\"";

	private static final String POD = "pod=~\"$pod\"";

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

	/** Every PromQL expression of every panel of a dashboard, or of one panel. */
	static List<String> expressions(JsonNode dashboardOrPanel) {
		List<String> expressions = new ArrayList<>();
		List<JsonNode> panels = dashboardOrPanel.has("targets") ? List.of(dashboardOrPanel) : panels(dashboardOrPanel);
		for (JsonNode panel : panels) {
			panel.path("targets").forEach((target) -> expressions.add(target.path("expr").asString()));
		}
		return expressions;
	}

	/**
	 * An expression with the dashboard's variables as Grafana would fill them in for the
	 * given job (All pods).
	 */
	static String substituted(String expression, String job) {
		return expression.replace("$__rate_interval", "1m")
			.replace("$__range", "5m")
			.replace("$__interval", "15s")
			.replace("$job", job)
			.replace("$namespace", ".*")
			.replace("$pod", ".*");
	}

	/**
	 * The selectors of an expression that escape the dashboard's filters: every series is
	 * narrowed to the namespace and the pods chosen (a Deployment's own series, which
	 * have no pod, to the namespace), the service's own series to the job as well, and an
	 * expression over the kubelet's or kube-state-metrics' series is joined to the
	 * service's pods of the job chosen.
	 */
	static List<String> unfiltered(String expression) {
		List<String> unfiltered = new ArrayList<>();
		Matcher selector = SELECTOR.matcher(expression);
		boolean joinedToTheJob = false;
		while (selector.find()) {
			String metric = selector.group(1);
			String matchers = (selector.group(2) != null) ? selector.group(2) : "";
			boolean filtered = matchers.contains(NAMESPACE)
					&& (metric.startsWith("kube_deployment_") || matchers.contains(POD))
					&& (metric.startsWith("container_") || metric.startsWith("kube_") || matchers.contains(JOB));
			if (!filtered) {
				unfiltered.add(selector.group());
			}
			joinedToTheJob |= matchers.contains(JOB) && matchers.contains(NAMESPACE) && matchers.contains(POD);
		}
		if (!joinedToTheJob) {
			unfiltered.add(expression + " (no series of the job, namespace and pods chosen)");
		}
		return unfiltered;
	}

}
