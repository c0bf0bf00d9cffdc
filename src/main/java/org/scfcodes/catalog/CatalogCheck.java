package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import org.scfcodes.catalog.CatalogDocument.FieldDocument;
import org.scfcodes.catalog.CatalogDocument.LinesDocument;
import org.scfcodes.catalog.CatalogDocument.OfficialDocument;
import org.scfcodes.catalog.CatalogDocument.QuantityDocument;
import org.scfcodes.catalog.CatalogDocument.RetryTextDocument;
import org.scfcodes.catalog.CatalogDocument.SourceDocument;
import org.scfcodes.data.Fields;
import org.scfcodes.text.Language;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * Checks a parsed catalog document and resolves its references into the immutable model.
 */
final class CatalogCheck {

	private static final Set<String> CATEGORIES = Set.of("system", "overrun", "execution");

	private static final Set<String> LANGUAGES = Fields.LANGUAGES;


	private final Fields fields;

	private final String version;

	private final Map<String, Source> sources;

	private final Text recycles;

	private final Text notStated;

	private final String recyclingSource;

	private final WhereSeen.Field payloadField;

	private final WhereSeen.Field logField;

	private final FieldDocument metricNamespace;

	private final List<RetryText> async;

	private final List<RetryText> sync;

	private final Map<String, List<RetryText>> categories = new HashMap<>();

	CatalogCheck(String file, CatalogDocument document) {
		this.fields = new Fields(file);
		this.version = this.fields.text(require(document.version(), "", "version"), "version", "");
		this.sources = sources(require(document.sources(), "", "sources"));
		CatalogDocument.RecyclingDocument recycling = require(document.recycling(), "", "recycling");
		this.recyclingSource = this.fields.lookup(this.sources, recycling.source(), "recycling.source", "").id();
		this.recycles = this.fields.translated(recycling.documented(), "recycling.documented", "");
		this.notStated = this.fields.translated(recycling.notDocumented(), "recycling.not-documented", "");
		CatalogDocument.WhereSeenDocument seen = require(document.whereSeen(), "", "where-seen");
		this.payloadField = field(require(seen.payloadField(), "", "where-seen.payload-field"), "where-seen.payload-field");
		this.logField = field(require(seen.logField(), "", "where-seen.log-field"), "where-seen.log-field");
		this.metricNamespace = require(seen.metricNamespace(), "", "where-seen.metric-namespace");
		field(this.metricNamespace, "where-seen.metric-namespace");
		CatalogDocument.RetryDocument retry = require(document.retry(), "", "retry");
		this.async = retryTexts(require(retry.async(), "", "retry.async"), "retry.async", "");
		this.sync = retryTexts(require(retry.sync(), "", "retry.sync"), "retry.sync", "");
		Map<String, List<RetryTextDocument>> categories = require(retry.categories(), "", "retry.categories");
		if (!categories.keySet().equals(CATEGORIES)) {
			throw this.fields.fail("", "'retry.categories' must have exactly the keys " + CATEGORIES);
		}
		categories.forEach((category, texts) -> this.categories.put(category,
				bothLanguages(retryTexts(texts, "retry.categories." + category, ""), "retry.categories." + category, "")));
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
			throw this.fields.fail(at, "'status' must be a number from 100 to 599");
		}
		String name = this.fields.text(code.name(), "name", at).strip();
		List<String> aliases = orEmpty(code.aliases()).stream().map(String::strip).toList();
		if (aliases.contains(name) || new HashSet<>(aliases).size() != aliases.size()) {
			throw this.fields.fail(at, "'aliases' repeats a name");
		}
		List<Actor> actors = new ArrayList<>();
		for (String id : require(code.actors(), at, "actors")) {
			Actor actor = Actor.fromId(id);
			if (actor == null) {
				throw this.fields.fail(at, "unknown actor '" + id + "'");
			}
			actors.add(actor);
		}
		boolean recycles = Boolean.TRUE.equals(code.recyclesInstance());
		Recycling recyclingFact = new Recycling(recycles, recycles ? this.recycles : this.notStated,
				this.recyclingSource);
		List<OfficialText> official = official(require(code.official(), at, "official"), at);
		Guidance.Languages guidance = new Guidance.Languages(Guidances.of(official, this.sources, "en"),
				Guidances.of(official, this.sources, "zh"));
		if (guidance.en() == null || guidance.zh() == null) {
			throw this.fields.fail(at,
					"'official' needs a status-page description in English and in Chinese (a project translation, "
					+ "with translated-from, where no official text exists)");
		}
		RetryPolicy retry = retry(code, at);
		WhereSeen seenIn = whereSeen(code, at);
		List<Quantity> quantities = quantities(code.quantities(), at);
		return new StatusCode(code.status(), name, aliases, guidance, official,
				this.fields.translated(code.meaning(), "meaning", at),
				lines(code.causes(), "causes", at, true), actors, recyclingFact, retry, seenIn, quantities,
				orEmpty(code.messages()).stream().map((message) -> this.fields.text(message, "messages", at)).toList(),
				lines(code.notes(), "notes", at, false), referenced(official, retry, seenIn, quantities));
	}

	/** The sources an entry names, in the order its answer names them. */
	private Map<String, Source> referenced(List<OfficialText> official, RetryPolicy retry, WhereSeen seenIn,
			List<Quantity> quantities) {
		Map<String, Source> referenced = new LinkedHashMap<>();
		Stream.of(official.stream().map(OfficialText::source), Stream.of(this.recyclingSource),
				Stream.of(retry.official(), retry.policy(), retry.async(), retry.sync())
					.flatMap(List::stream)
					.map(RetryText::source),
				Stream.of(seenIn.payloadField().source(), seenIn.logField().source()),
				Stream.ofNullable(seenIn.metric()).map(Metric::source), quantities.stream().map(Quantity::source))
			.flatMap((ids) -> ids)
			.forEach((id) -> referenced.putIfAbsent(id, this.sources.get(id)));
		return referenced;
	}

	void noDuplicates(List<StatusCode> codes) {
		Set<Integer> seen = new HashSet<>();
		for (StatusCode code : codes) {
			if (!seen.add(code.status())) {
				throw this.fields.fail("entry " + code.status() + ": ", "duplicate status " + code.status());
			}
		}
	}

	private List<OfficialText> official(List<OfficialDocument> documents, String at) {
		List<OfficialText> texts = new ArrayList<>();
		for (OfficialDocument document : documents) {
			Source source = this.fields.lookup(this.sources, document.source(), "official.source", at);
			String language = this.fields.language(document.language(), "official.language", at);
			String translatedFrom = translatedFrom(document.translatedFrom(), language, "official", at);
			if (document.description() == null && document.solution() == null && document.links() == null) {
				throw this.fields.fail(at, "an 'official' text of " + source.id() + " states nothing");
			}
			String description = (document.description() != null)
					? this.fields.text(document.description(), "official.description", at)
					: null;
			List<String> solution = (document.solution() != null)
					? document.solution().stream().map((item) -> this.fields.text(item, "official.solution", at)).toList() : null;
			if (document.links() != null) {
				document.links().forEach((link) -> this.fields.url(link.url(), "official.links.url", at));
			}
			texts.add(new OfficialText(source.id(), language, translatedFrom, description, solution, document.links()));
		}
		newestFirst(texts, at);
		return texts;
	}

	/**
	 * The status-page texts of each language in the order the guidance is taken from: newest revision first, the
	 * undated seed last. An entry out of that order would lead with older guidance, so it is refused.
	 */
	private void newestFirst(List<OfficialText> texts, String at) {
		Map<String, Source> last = new HashMap<>();
		for (OfficialText text : texts) {
			Source source = this.sources.get(text.source());
			if (!source.statusPage()) {
				continue;
			}
			Source before = last.put(text.language(), source);
			if (before != null && dateOf(before).compareTo(dateOf(source)) < 0) {
				throw this.fields.fail(at, "'official' must list the status-page revisions newest first, the undated "
						+ "seed last: " + source.id() + " comes after " + before.id());
			}
		}
	}

	private static String dateOf(Source source) {
		return (source.date() != null) ? source.date() : "";
	}

	private RetryPolicy retry(CodeDocument code, String at) {
		CatalogDocument.CodeRetryDocument retry = require(code.retry(), at, "retry");
		String category = this.fields.text(retry.category(), "retry.category", at);
		if (!category.equals("none") && !CATEGORIES.contains(category)) {
			throw this.fields.fail(at, "'retry.category' must be none or one of " + CATEGORIES);
		}
		RetryPolicy.Basis basis = RetryPolicy.Basis.fromId(String.valueOf(retry.basis()));
		if (basis == null) {
			throw this.fields.fail(at, "'retry.basis' must be documented or inferred");
		}
		boolean none = category.equals("none");
		return new RetryPolicy(category, basis, none ? List.of() : this.categories.get(category),
				retryTexts(orEmpty(retry.official()), "retry.official", at), none ? List.of() : this.async,
				none ? List.of() : this.sync);
	}

	private WhereSeen whereSeen(CodeDocument code, String at) {
		Metric metric = null;
		if (code.metric() != null) {
			String basis = this.fields.text(code.metric().basis(), "metric.basis", at);
			if (!basis.equals("documented") && !basis.equals("inferred")) {
				throw this.fields.fail(at, "'metric.basis' must be documented or inferred");
			}
			metric = new Metric(this.metricNamespace.name(), this.fields.text(code.metric().name(), "metric.name", at), basis,
					this.metricNamespace.source());
		}
		return new WhereSeen(this.payloadField, this.logField, metric);
	}

	private List<Quantity> quantities(List<QuantityDocument> quantities, String at) {
		List<Quantity> checked = new ArrayList<>();
		for (QuantityDocument quantity : orEmpty(quantities)) {
			Source source = this.fields.lookup(this.sources, quantity.source(), "quantities.source", at);
			checked.add(new Quantity(this.fields.text(quantity.name(), "quantities.name", at),
					require(quantity.value(), at, "quantities.value"), this.fields.text(quantity.unit(), "quantities.unit", at),
					this.fields.translated(quantity.label(), "quantities.label", at), source.id()));
		}
		return checked;
	}

	private List<RetryText> retryTexts(List<RetryTextDocument> documents, String field, String at) {
		List<RetryText> texts = new ArrayList<>();
		for (RetryTextDocument document : documents) {
			Source source = this.fields.lookup(this.sources, document.source(), field + ".source", at);
			String language = this.fields.language(document.language(), field + ".language", at);
			texts.add(new RetryText(source.id(), language, translatedFrom(document.translatedFrom(), language, field, at),
					document.heading(), this.fields.text(document.text(), field + ".text", at),
					(document.about() != null) ? this.fields.translated(document.about(), field + ".about", at) : null));
		}
		return List.copyOf(texts);
	}

	private List<RetryText> bothLanguages(List<RetryText> texts, String field, String at) {
		for (Language language : Language.values()) {
			if (texts.stream().noneMatch((text) -> text.language().equals(language.tag()))) {
				throw this.fields.fail(at, "'" + field + "' needs a text in " + language.tag());
			}
		}
		return texts;
	}

	private WhereSeen.Field field(FieldDocument field, String name) {
		return new WhereSeen.Field(this.fields.text(field.name(), name + ".name", ""),
				this.fields.lookup(this.sources, field.source(), name + ".source", "").id());
	}

	private Map<String, Source> sources(Map<String, SourceDocument> documents) {
		Map<String, Source> sources = new HashMap<>();
		documents.forEach((id, document) -> {
			String field = "sources." + id;
			String url = this.fields.url(this.fields.text(document.url(), field + ".url", ""), field + ".url", "");
			this.fields.date(document.date(), field + ".date", "");
			sources.put(id, new Source(id, this.fields.translated(document.title(), field + ".title", ""), url, document.date(),
					Boolean.TRUE.equals(document.statusPage()),
					(document.about() != null) ? this.fields.translated(document.about(), field + ".about", "") : null));
		});
		return Map.copyOf(sources);
	}

	private String translatedFrom(String translatedFrom, String language, String field, String at) {
		if (translatedFrom != null && (!LANGUAGES.contains(translatedFrom) || translatedFrom.equals(language))) {
			throw this.fields.fail(at, "'" + field + ".translated-from' must name the other language");
		}
		return translatedFrom;
	}

	private TextList lines(LinesDocument lines, String field, String at, boolean required) {
		if (lines == null) {
			if (required) {
				throw this.fields.fail(at, "missing field '" + field + "'");
			}
			return TextList.EMPTY;
		}
		List<String> en = require(lines.en(), at, field + ".en");
		List<String> zh = require(lines.zh(), at, field + ".zh");
		if (en.size() != zh.size() || (required && en.isEmpty())) {
			throw this.fields.fail(at, "'" + field + "' needs the same number of English and Chinese items, at least one (en: "
					+ en.size() + ", zh: " + zh.size() + ")");
		}
		en.forEach((item) -> this.fields.text(item, field + ".en", at));
		zh.forEach((item) -> this.fields.text(item, field + ".zh", at));
		return new TextList(en.stream().map(String::strip).toList(), zh.stream().map(String::strip).toList());
	}

	private <T> T require(T value, String at, String field) {
		return this.fields.require(value, field, at);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
