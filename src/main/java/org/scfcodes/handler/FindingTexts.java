package org.scfcodes.handler;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.DataFileException;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.Text;

import org.springframework.core.io.Resource;

/**
 * The texts, severities and platform failures of the rules, read from {@code findings.yaml}, which must cover
 * every rule and nothing else.
 */
final class FindingTexts {

	private final String file;

	private final Map<Rule, RuleDocument> rules;

	private FindingTexts(String file, Map<Rule, RuleDocument> rules) {
		this.file = file;
		this.rules = rules;
	}

	record FindingsDocument(Map<String, RuleDocument> rules) {
	}

	record RuleDocument(Finding.Severity severity, FailureDocument failure, Text message) {
	}

	record FailureDocument(String stage, Integer status) {
	}

	static FindingTexts load(Resource resource) {
		StrictYaml.Source source = StrictYaml.Source.of(resource);
		FindingsDocument document = StrictYaml.read(source, FindingsDocument.class);
		Map<Rule, RuleDocument> rules = new EnumMap<>(Rule.class);
		Set<String> unknown = new TreeSet<>(document.rules().keySet());
		for (Rule rule : Rule.values()) {
			RuleDocument text = document.rules().get(rule.id());
			unknown.remove(rule.id());
			if (text == null || text.severity() == null || text.message() == null || text.message().en() == null
					|| text.message().zh() == null) {
				throw new DataFileException(source.file() + ": rule " + rule.id() + " needs a severity and en/zh messages");
			}
			boolean error = text.severity() == Finding.Severity.ERROR;
			if (error != (text.failure() != null)) {
				throw new DataFileException(source.file() + ": rule " + rule.id() + ": errors, and only errors, name a failure");
			}
			if (text.failure() != null && "invocation".equals(text.failure().stage()) && text.failure().status() == null) {
				throw new DataFileException(source.file() + ": rule " + rule.id() + ": an invocation failure names a status");
			}
			rules.put(rule, text);
		}
		if (!unknown.isEmpty()) {
			throw new DataFileException(source.file() + ": unknown rules " + unknown);
		}
		return new FindingTexts(source.file(), rules);
	}

	/**
	 * Refuses a catalog without a status an invocation failure names, so that every catalog served has the statuses
	 * the findings link to.
	 */
	void requireStatusesIn(CodeCatalog catalog) {
		this.rules.forEach((rule, text) -> {
			Integer status = (text.failure() != null) ? text.failure().status() : null;
			if (status != null && catalog.find(status).isEmpty()) {
				throw new DataFileException("lacks status " + status + ", which " + this.file + " names for rule "
						+ rule.id());
			}
		});
	}

	Finding finding(Rule rule, String suggestion, Map<String, String> values, CodeCatalog catalog) {
		RuleDocument text = this.rules.get(rule);
		Text message = new Text(fill(text.message().en(), values), fill(text.message().zh(), values));
		return new Finding(rule.id(), text.severity(), message, suggestion, failure(text.failure(), catalog));
	}

	private static PlatformFailure failure(FailureDocument failure, CodeCatalog catalog) {
		if (failure == null) {
			return null;
		}
		if ("deploy".equals(failure.stage())) {
			return new PlatformFailure("deploy", PlatformFailure.DEPLOY_ERROR, null,
					"/api-errors/" + PlatformFailure.DEPLOY_ERROR);
		}
		return new PlatformFailure("invocation", null, catalog.find(failure.status()).orElseThrow().ref(),
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
