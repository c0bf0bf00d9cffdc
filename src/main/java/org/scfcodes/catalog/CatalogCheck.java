package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scfcodes.catalog.CatalogDocument.CategoryDocument;
import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import org.scfcodes.catalog.CatalogDocument.LinesDocument;
import org.scfcodes.catalog.CatalogDocument.ReferenceDocument;
import org.scfcodes.data.DataFileException;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * Checks a parsed catalog document and resolves its references into the immutable model.
 */
final class CatalogCheck {

	private static final Set<String> RECYCLING_KEYS = Set.of("documented", "not-documented");

	private final String file;

	private final String version;

	private final Map<String, Reference> sources;

	private final Map<String, Reference> links;

	private final Map<String, Text> recycling;

	private final Map<String, CategoryDocument> categories;

	CatalogCheck(String file, CatalogDocument document) {
		this.file = file;
		this.version = text(require(document.version(), "version"), "version", "");
		this.sources = references(require(document.sources(), "sources"), "sources");
		this.links = references(require(document.links(), "links"), "links");
		this.recycling = require(document.recycling(), "recycling");
		if (!this.recycling.keySet().equals(RECYCLING_KEYS)) {
			throw fail("", "'recycling' must have exactly the keys " + RECYCLING_KEYS);
		}
		this.recycling.forEach((key, value) -> translated(value, "recycling." + key, ""));
		this.categories = require(document.retryCategories(), "retry-categories");
		this.categories.forEach((key, category) -> {
			translated(category.summary(), "retry-categories." + key + ".summary", "");
			lookup(this.sources, category.source(), "retry-categories." + key + ".source", "");
		});
	}

	String version() {
		return this.version;
	}

	<T> T require(T value, String field) {
		return require(value, "", field);
	}

	StatusCode entry(String entry, CodeDocument code) {
		String at = "entry " + entry + ": ";
		if (code.status() == null || code.status() < 100 || code.status() > 599) {
			throw fail(at, "'status' must be a number from 100 to 599");
		}
		String name = text(code.name(), "name", at).strip();
		List<String> aliases = orEmpty(code.aliases()).stream().map(String::strip).toList();
		if (aliases.contains(name) || new HashSet<>(aliases).size() != aliases.size()) {
			throw fail(at, "'aliases' repeats a name");
		}
		Reference source = lookup(this.sources, code.source(), "source", at);
		List<Actor> actors = new ArrayList<>();
		for (String id : require(code.actors(), at, "actors")) {
			Actor actor = Actor.fromId(id);
			if (actor == null) {
				throw fail(at, "unknown actor '" + id + "'");
			}
			actors.add(actor);
		}
		boolean recycles = Boolean.TRUE.equals(code.recyclesInstance());
		Recycling recyclingFact = new Recycling(recycles,
				this.recycling.get(recycles ? "documented" : "not-documented"), this.sources.get("seed"));
		return new StatusCode(code.status(), name, aliases, source, translated(code.meaning(), "meaning", at),
				lines(code.causes(), "causes", at, true), lines(code.remedies(), "remedies", at, true), actors,
				recyclingFact, retry(code, at), quantities(code.quantities(), at),
				orEmpty(code.links()).stream().map((id) -> lookup(this.links, id, "links", at)).toList(),
				orEmpty(code.messages()).stream().map((message) -> text(message, "messages", at)).toList(),
				lines(code.notes(), "notes", at, false));
	}

	void noDuplicates(List<StatusCode> codes) {
		Set<Integer> seen = new HashSet<>();
		for (StatusCode code : codes) {
			if (!seen.add(code.status())) {
				throw fail("entry " + code.status() + ": ", "duplicate status " + code.status());
			}
		}
	}

	private RetryPolicy retry(CodeDocument code, String at) {
		require(code.retry(), at, "retry");
		CategoryDocument category = lookup(this.categories, code.retry().category(), "retry.category", at);
		RetryPolicy.Basis basis = RetryPolicy.Basis.fromId(String.valueOf(code.retry().basis()));
		if (basis == null) {
			throw fail(at, "'retry.basis' must be documented, inferred or not-documented");
		}
		return new RetryPolicy(code.retry().category(), basis, category.summary(),
				this.sources.get(category.source()));
	}

	private List<Quantity> quantities(List<Quantity> quantities, String at) {
		for (Quantity quantity : orEmpty(quantities)) {
			text(quantity.name(), "quantities.name", at);
			text(quantity.unit(), "quantities.unit", at);
			translated(quantity.label(), "quantities.label", at);
		}
		return orEmpty(quantities);
	}

	private Map<String, Reference> references(Map<String, ReferenceDocument> documents, String field) {
		Map<String, Reference> references = new HashMap<>();
		documents.forEach((id, document) -> {
			String url = text(document.url(), field + "." + id + ".url", "");
			if (!url.startsWith("https://")) {
				throw fail("", "'" + field + "." + id + ".url' must be an https URL");
			}
			references.put(id, new Reference(id, translated(document.title(), field + "." + id + ".title", ""), url));
		});
		return Map.copyOf(references);
	}

	private <T> T lookup(Map<String, T> known, String id, String field, String at) {
		T value = known.get(id);
		if (value == null) {
			throw fail(at, "'" + field + "' names '" + id + "', which is not defined");
		}
		return value;
	}

	private Text translated(Text text, String field, String at) {
		if (text == null) {
			throw fail(at, "missing field '" + field + "'");
		}
		text(text.en(), field + ".en", at);
		text(text.zh(), field + ".zh", at);
		return new Text(text.en().strip(), text.zh().strip());
	}

	private TextList lines(LinesDocument lines, String field, String at, boolean required) {
		if (lines == null) {
			if (required) {
				throw fail(at, "missing field '" + field + "'");
			}
			return TextList.EMPTY;
		}
		List<String> en = require(lines.en(), at, field + ".en");
		List<String> zh = require(lines.zh(), at, field + ".zh");
		if (en.size() != zh.size() || (required && en.isEmpty())) {
			throw fail(at, "'" + field + "' needs the same number of English and Chinese items, at least one (en: "
					+ en.size() + ", zh: " + zh.size() + ")");
		}
		en.forEach((item) -> text(item, field + ".en", at));
		zh.forEach((item) -> text(item, field + ".zh", at));
		return new TextList(en.stream().map(String::strip).toList(), zh.stream().map(String::strip).toList());
	}

	private String text(String value, String field, String at) {
		if (value == null || value.isBlank()) {
			throw fail(at, "missing or empty field '" + field + "'");
		}
		return value;
	}

	private <T> T require(T value, String at, String field) {
		if (value == null) {
			throw fail(at, "missing field '" + field + "'");
		}
		return value;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private DataFileException fail(String at, String message) {
		return new DataFileException(this.file + ": " + at + message);
	}

}
