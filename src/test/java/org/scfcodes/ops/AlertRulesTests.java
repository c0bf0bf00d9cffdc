package org.scfcodes.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every alert says how bad it is, links to a runbook section that exists (absolute from
 * the external label {@code runbook_base}), and has a promtool unit test
 * ({@code .ci/prometheus.sh} runs them).
 */
class AlertRulesTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Path RULES = Path.of("ops/prometheus/alerts.yaml");

	private static final Path RULE_TESTS = Path.of("ops/prometheus/alerts-test.yaml");

	/**
	 * The base of every runbook link: the Prometheus server's external label, empty where
	 * it has none.
	 */
	static final String RUNBOOK_BASE = "{{ $externalLabels.runbook_base }}";

	@Test
	void everyAlertHasASeverityAndARunbookSectionThatExists() throws IOException {
		for (JsonNode rule : rules()) {
			String name = rule.path("alert").asString();
			assertThat(rule.path("labels").path("severity").asString()).as(name).isIn("page", "warning");
			String template = rule.path("annotations").path("runbook_url").asString();
			assertThat(template).as(name).startsWith(RUNBOOK_BASE);
			String runbook = template.substring(RUNBOOK_BASE.length());
			assertThat(runbook).as(name).matches("[\\w.-]+\\.md#[\\w-]+");
			Path file = Path.of(runbook.substring(0, runbook.indexOf('#')));
			assertThat(file).as(name + " links to a file of the project").isRegularFile();
			assertThat(headingAnchors(file)).as(name + " links to a heading of " + file)
				.contains(runbook.substring(runbook.indexOf('#') + 1));
			assertThat(rule.path("annotations").path("summary").asString()).as(name).isNotBlank();
		}
	}

	@Test
	void everyAlertIsUnitTested() {
		Set<String> tested = new HashSet<>();
		for (JsonNode test : YAML.readTree(RULE_TESTS.toFile()).path("tests")) {
			test.path("alert_rule_test").forEach((check) -> {
				if (!check.path("exp_alerts").isEmpty()) {
					tested.add(check.path("alertname").asString());
				}
			});
		}
		assertThat(tested).as("alerts with a test that expects them to fire")
			.containsExactlyInAnyOrderElementsOf(
					rules().stream().map((rule) -> rule.path("alert").asString()).toList());
	}

	@Test
	void theExampleConfigurationGivesTheRunbooksAnAbsoluteBase() {
		String base = YAML.readTree(Path.of("ops/prometheus/prometheus.yaml").toFile())
			.path("global")
			.path("external_labels")
			.path("runbook_base")
			.asString();
		assertThat(base).startsWith("https://").endsWith("/");
	}

	/** The rule of that alert. */
	static JsonNode rule(String alert) {
		return rules().stream()
			.filter((rule) -> rule.path("alert").asString().equals(alert))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No alert " + alert));
	}

	private static List<JsonNode> rules() {
		List<JsonNode> rules = new ArrayList<>();
		YAML.readTree(RULES.toFile()).path("groups").forEach((group) -> group.path("rules").forEach(rules::add));
		return rules;
	}

	/**
	 * The anchors GitHub gives a Markdown file's headings (lines starting with '#'
	 * outside code blocks): lower case, spaces as hyphens, other punctuation dropped.
	 */
	private static Set<String> headingAnchors(Path file) throws IOException {
		Set<String> anchors = new HashSet<>();
		boolean code = false;
		for (String line : Files.readAllLines(file)) {
			if (line.startsWith("```")) {
				code = !code;
			}
			else if (!code && line.startsWith("#")) {
				anchors.add(line.replaceFirst("^#+\\s*", "")
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^a-z0-9 _-]", "")
					.replace(' ', '-'));
			}
		}
		return anchors;
	}

}
