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
 * Every alert says how bad it is, links to a runbook section that exists, and has a promtool unit test
 * ({@code .ci/prometheus.sh} runs them).
 */
class AlertRulesTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Path RULES = Path.of("ops/prometheus/alerts.yaml");

	private static final Path RULE_TESTS = Path.of("ops/prometheus/alerts-test.yaml");

	/** Where the runbooks are: README.md, or the operations part not yet merged into it. */
	private static final List<Path> README = List.of(Path.of("README.md"), Path.of("README-ops.md"));

	@Test
	void everyAlertHasASeverityAndARunbookSectionThatExists() throws IOException {
		Set<String> anchors = headingAnchors();
		for (JsonNode rule : rules()) {
			String name = rule.path("alert").asString();
			assertThat(rule.path("labels").path("severity").asString()).as(name).isIn("page", "warning");
			String runbook = rule.path("annotations").path("runbook_url").asString();
			assertThat(runbook).as(name).startsWith("README.md#");
			assertThat(anchors).as(name + " links to a heading of README.md").contains(runbook.substring("README.md#".length()));
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
			.containsExactlyInAnyOrderElementsOf(rules().stream().map((rule) -> rule.path("alert").asString()).toList());
	}

	private static List<JsonNode> rules() {
		List<JsonNode> rules = new ArrayList<>();
		YAML.readTree(RULES.toFile()).path("groups").forEach((group) -> group.path("rules").forEach(rules::add));
		return rules;
	}

	/** The anchors GitHub gives the headings: lower case, spaces as hyphens, other punctuation dropped. */
	private static Set<String> headingAnchors() throws IOException {
		Set<String> anchors = new HashSet<>();
		for (Path file : README) {
			if (Files.exists(file)) {
				Files.readAllLines(file).stream().filter((line) -> line.startsWith("#"))
					.map((line) -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
						.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'))
					.forEach(anchors::add);
			}
		}
		return anchors;
	}

}
