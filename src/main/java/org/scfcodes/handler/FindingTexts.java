package org.scfcodes.handler;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.DataFileException;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.StatusNumber;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * The texts, severities and platform failures of the rules, read from
 * {@code findings.yaml}, which must cover every rule and nothing else.
 */
final class FindingTexts {

	private final String file;

	private final Map<Rule, RuleDocument> rules;

	private FindingTexts(String file, Map<Rule, RuleDocument> rules) {
		this.file = file;
		this.rules = rules;
	}

	/**
	 * The findings file as written, with the rules of its fields; its rules are read one
	 * by one.
	 */
	record FindingsDocument(@NotNull Map<String, JsonNode> rules) {
	}

	record RuleDocument(@NotNull Finding.Severity severity, @Valid FailureDocument failure,
			@NotNull @Valid Text message) {

		@AssertTrue(message = "errors, and only errors, name a 'failure'")
		boolean isFailureOfAnError() {
			return (this.severity == Finding.Severity.ERROR) == (this.failure != null);
		}

	}

	record FailureDocument(
			@NotNull @Pattern(regexp = "deploy|invocation", message = "must be deploy or invocation") String stage,
			StatusNumber status) {

		@AssertTrue(message = "an invocation 'failure' names its 'status', a deploy failure none")
		boolean isStatusOfAnInvocation() {
			return "invocation".equals(this.stage) == (this.status != null);
		}

	}

	static FindingTexts load(Resource resource) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		FindingsDocument document = StrictYaml.read(file, FindingsDocument.class);
		Fields fields = new Fields(file.name());
		Map<Rule, RuleDocument> rules = new EnumMap<>(Rule.class);
		Set<String> unknown = new TreeSet<>(document.rules().keySet());
		for (Rule rule : Rule.values()) {
			JsonNode node = document.rules().get(rule.id());
			if (node == null) {
				throw fields.fail("", "missing rule " + rule.id());
			}
			unknown.remove(rule.id());
			rules.put(rule, StrictYaml.convert(file, rule.id(), node, RuleDocument.class));
		}
		if (!unknown.isEmpty()) {
			throw fields.fail("", "unknown rules " + unknown);
		}
		return new FindingTexts(file.name(), rules);
	}

	/**
	 * Refuses a catalog without a status an invocation failure names, so that every
	 * catalog served has the statuses the findings link to.
	 */
	void requireStatusesIn(CodeCatalog catalog) {
		this.rules.forEach((rule, text) -> {
			StatusNumber status = (text.failure() != null) ? text.failure().status() : null;
			if (status != null && catalog.find(status.value()).isEmpty()) {
				throw new DataFileException(
						"lacks status " + status + ", which " + this.file + " names for rule " + rule.id());
			}
		});
	}

	Finding finding(Rule rule, @Nullable String suggestion, Map<String, String> values, CodeCatalog catalog) {
		RuleDocument text = this.rules.get(rule);
		Text message = new Text(fill(text.message().en(), values), fill(text.message().zh(), values));
		return new Finding(rule.id(), text.severity(), message, suggestion, failure(text.failure(), catalog));
	}

	private static @Nullable PlatformFailure failure(@Nullable FailureDocument failure, CodeCatalog catalog) {
		if (failure == null) {
			return null;
		}
		if ("deploy".equals(failure.stage())) {
			return new PlatformFailure("deploy", PlatformFailure.DEPLOY_ERROR, null,
					"/api-errors/" + PlatformFailure.DEPLOY_ERROR);
		}
		// every catalog served has the statuses of the failures (requireStatusesIn)
		return new PlatformFailure("invocation", null, catalog.find(failure.status().value()).orElseThrow().ref(),
				"/codes/" + failure.status());
	}

	private static String fill(String template, Map<String, String> values) {
		String out = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			out = out.replace("{" + value.getKey() + "}", value.getValue());
		}
		return out;
	}

}
