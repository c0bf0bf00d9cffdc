package org.scfcodes.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.CodeCatalog;

/**
 * Collects the findings of one validation, with the values their messages name.
 */
final class Findings {

	private final FindingTexts texts;

	private final CodeCatalog catalog;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final List<Finding> found = new ArrayList<>();

	Findings(FindingTexts texts, CodeCatalog catalog, Runtime runtime) {
		this.texts = texts;
		this.catalog = catalog;
		this.values.put("runtime", runtime.id());
		this.values.put("language", runtime.language().substring(0, 1).toUpperCase() + runtime.language().substring(1));
		this.values.put("example", (runtime.exampleHandler() != null) ? runtime.exampleHandler() : "");
	}

	/** Records a finding; {@code values} alternate names and values for its message. */
	Findings add(Rule rule, @Nullable String suggestion, String... values) {
		Map<String, String> all = new LinkedHashMap<>(this.values);
		for (int i = 0; i + 1 < values.length; i += 2) {
			all.put(values[i], values[i + 1]);
		}
		this.found.add(this.texts.finding(rule, suggestion, all, this.catalog));
		return this;
	}

	boolean hasErrors() {
		return this.found.stream().anyMatch((finding) -> finding.severity() == Finding.Severity.ERROR);
	}

	List<Finding> list() {
		return List.copyOf(this.found);
	}

	/** A fresh collector for the same runtime, to try a corrected handler. */
	Findings fresh(Runtime runtime) {
		return new Findings(this.texts, this.catalog, runtime);
	}

}
