package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import org.scfcodes.catalog.CatalogDocument.FieldDocument;
import org.scfcodes.catalog.CatalogDocument.LinkDocument;
import org.scfcodes.catalog.CatalogDocument.OfficialDocument;
import org.scfcodes.data.Fields;
import org.scfcodes.data.Own;
import org.scfcodes.data.QuoteDocument;
import org.scfcodes.data.SourceDocument;
import org.scfcodes.text.Language;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * The catalog's pass over what crosses its entries, once their fields are checked: the
 * sources they name exist, the status-page revisions come newest first, each code has its
 * guidance in both languages, no status is listed twice; and the resolving of those
 * references into the immutable model.
 */
final class CatalogReferences {

	private static final Set<String> CATEGORIES = Set.of("system", "overrun", "execution", "invocation");

	private final Fields fields;

	private final Map<String, Source> sources;

	private final CatalogDocument.RecyclingDocument recycling;

	private final WhereSeen.Field payloadField;

	private final WhereSeen.Field logField;

	private final FieldDocument metricNamespace;

	private final List<RetryText> async;

	private final List<RetryText> sync;

	private final Map<String, List<RetryText>> categories = new HashMap<>();

	private final Map<String, Map<String, String>> stated = new HashMap<>();

	private final Set<Integer> statuses = new HashSet<>();

	CatalogReferences(Fields fields, CatalogDocument document) {
		this.fields = fields;
		this.sources = SourceDocument.sources(document.sources());
		this.recycling = document.recycling();
		this.fields.lookup(this.sources, this.recycling.source(), "recycling.source", "");
		this.payloadField = field(document.whereSeen().payloadField(), "where-seen.payload-field");
		this.logField = field(document.whereSeen().logField(), "where-seen.log-field");
		this.metricNamespace = document.whereSeen().metricNamespace();
		field(this.metricNamespace, "where-seen.metric-namespace");
		this.async = retryTexts(document.retry().async(), "retry.async", "");
		this.sync = retryTexts(document.retry().sync(), "retry.sync", "");
		if (!document.retry().categories().keySet().equals(CATEGORIES)) {
			throw this.fields.fail("", "'retry.categories' must have exactly the keys " + CATEGORIES);
		}
		document.retry().categories().forEach((category, texts) -> {
			String field = "retry.categories." + category;
			this.categories.put(category, bothLanguages(retryTexts(texts, field, ""), field, ""));
		});
		if (!document.retry().stated().keySet().equals(CATEGORIES)) {
			throw this.fields.fail("", "'retry.stated' must have exactly the keys " + CATEGORIES);
		}
		document.retry().stated().forEach((category, stated) -> {
			if (stated.byInvocation().containsValue(null)) {
				throw this.fields.fail("",
						"'retry.stated." + category + "' must state " + RetryPolicy.Stated.INVOCATIONS);
			}
			this.stated.put(category, stated.byInvocation());
		});
	}

	StatusCode code(String entry, CodeDocument code) {
		String at = "entry " + entry + ": ";
		if (!this.statuses.add(code.status().value())) {
			throw this.fields.fail(at, "duplicate status " + code.status());
		}
		boolean recycles = Boolean.TRUE.equals(code.recyclesInstance());
		Recycling recycling = new Recycling(recycles,
				recycles ? this.recycling.documented() : this.recycling.notDocumented(), this.recycling.source());
		List<OfficialText> official = official(code.official(), at);
		Guidance.Languages guidance = new Guidance.Languages(Guidances.of(official, this.sources, "en"),
				Guidances.of(official, this.sources, "zh"));
		if (guidance.en() == null || guidance.zh() == null) {
			throw this.fields.fail(at,
					"'official' needs a status-page description in English and in Chinese (a project translation, "
							+ "marked 'own: { en: translated }', where no official text exists)");
		}
		RetryPolicy retry = retry(code.retry(), at);
		WhereSeen seenIn = new WhereSeen(this.payloadField, this.logField,
				(code.metric() != null) ? new Metric(this.metricNamespace.name(), code.metric().name(),
						code.metric().basis(), this.metricNamespace.source()) : null);
		List<Quantity> quantities = orEmpty(code.quantities()).stream()
			.map((quantity) -> new Quantity(quantity.name(), quantity.value(), quantity.unit(), quantity.label(),
					this.fields.lookup(this.sources, quantity.source(), "quantities.source", at).id()))
			.toList();
		List<StatusMessage> messages = messages(code, at);
		return new StatusCode(code.status().value(), code.name().strip(),
				orEmpty(code.aliases()).stream().map(String::strip).toList(), guidance, official, code.meaning(),
				lines(code.causes()), code.actors(), recycling, retry, seenIn, quantities, messages,
				lines(code.notes()), referenced(official, retry, seenIn, quantities, messages));
	}

	/** The messages of an entry, official ones naming a page revision of the sources. */
	private List<StatusMessage> messages(CodeDocument code, String at) {
		List<StatusMessage> messages = new ArrayList<>();
		Set<String> texts = new HashSet<>();
		for (CatalogDocument.MessageDocument message : orEmpty(code.messages())) {
			if ("official".equals(message.basis())) {
				this.fields.lookup(this.sources, message.source(), "messages.source", at);
			}
			if (!texts.add(message.text())) {
				throw this.fields.fail(at, "'messages' repeats \"" + message.text() + "\"");
			}
			messages.add(new StatusMessage(message.text(), message.where(), message.basis(), message.source()));
		}
		return messages;
	}

	/** The sources an entry names, in the order its answer names them. */
	private Map<String, Source> referenced(List<OfficialText> official, RetryPolicy retry, WhereSeen seenIn,
			List<Quantity> quantities, List<StatusMessage> messages) {
		Map<String, Source> referenced = new LinkedHashMap<>();
		Stream.of(official.stream().map(OfficialText::source), Stream.of(this.recycling.source()),
				Stream.of(retry.official(), retry.policy(), retry.async(), retry.sync())
					.flatMap(List::stream)
					.map(RetryText::source),
				Stream.of(seenIn.payloadField().source(), seenIn.logField().source()),
				Stream.ofNullable(seenIn.metric()).map(Metric::source), quantities.stream().map(Quantity::source),
				messages.stream().filter((message) -> "official".equals(message.basis())).map(StatusMessage::source))
			.flatMap((ids) -> ids)
			.forEach((id) -> referenced.putIfAbsent(id, this.sources.get(id)));
		return referenced;
	}

	/**
	 * The texts of an entry, one per revision and language: a revision read in both
	 * languages gives its English text, then its Chinese one.
	 */
	private List<OfficialText> official(List<OfficialDocument> documents, String at) {
		List<OfficialText> texts = new ArrayList<>();
		for (OfficialDocument document : documents) {
			Source source = this.fields.lookup(this.sources, document.source(), "official.source", at);
			official(texts, source, "en", document.en(), document.own());
			official(texts, source, "zh", document.zh(), document.own());
		}
		newestFirst(texts, at);
		return texts;
	}

	private static void official(List<OfficialText> texts, Source source, String language,
			CatalogDocument.@Nullable OfficialWordsDocument words, @Nullable Own own) {
		if (words == null) {
			return;
		}
		List<Link> links = (words.links() != null) ? words.links().stream().map(LinkDocument::link).toList() : null;
		texts.add(new OfficialText(source.id(), language, Own.translatedFrom(own, language), words.description(),
				words.solution(), links));
	}

	/**
	 * The status-page texts of each language in the order the guidance is taken from:
	 * newest revision first, the undated seed last. An entry out of that order would lead
	 * with older guidance, so it is refused.
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

	private RetryPolicy retry(CatalogDocument.CodeRetryDocument retry, String at) {
		boolean none = retry.category().equals("none");
		List<RetryPolicy.Stated> stated = none ? List.of() : stated(retry);
		// a kind's asynchronous policy is not served for a code whose asynchronous policy
		// no page states
		boolean asyncStated = stated.stream()
			.noneMatch((type) -> type.invocation().equals("async") && type.stated().equals("not-stated"));
		return new RetryPolicy(retry.category(), retry.basis(),
				(none || !asyncStated) ? List.of() : this.categories.get(retry.category()),
				retryTexts(orEmpty(retry.official()), "retry.official", at), none ? List.of() : this.async,
				none ? List.of() : this.sync, stated);
	}

	/**
	 * What the pages state per invocation type for the code's kind, with the code's own
	 * exceptions.
	 */
	private List<RetryPolicy.Stated> stated(CatalogDocument.CodeRetryDocument retry) {
		Map<String, @Nullable String> own = (retry.stated() != null) ? retry.stated().byInvocation() : Map.of();
		return this.stated.get(retry.category())
			.entrySet()
			.stream()
			.map((kind) -> new RetryPolicy.Stated(kind.getKey(),
					(own.get(kind.getKey()) != null) ? own.get(kind.getKey()) : kind.getValue()))
			.toList();
	}

	/**
	 * The texts of quotes, one per quote and language: a quote in both languages gives
	 * its English text, then its Chinese one.
	 */
	private List<RetryText> retryTexts(List<QuoteDocument> documents, String field, String at) {
		List<RetryText> texts = new ArrayList<>();
		for (QuoteDocument document : documents) {
			String source = this.fields.lookup(this.sources, document.source(), field + ".source", at).id();
			document.text().byLanguage().forEach((language, text) -> {
				String heading = (document.heading() != null) ? document.heading().byLanguage().get(language) : null;
				texts.add(new RetryText(source, language, Own.translatedFrom(document.text().own(), language), heading,
						text, document.about()));
			});
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
		return new WhereSeen.Field(field.name(),
				this.fields.lookup(this.sources, field.source(), name + ".source", "").id());
	}

	/** Items written one bilingual text each, served as the list of each language. */
	private static TextList lines(@Nullable List<Text> lines) {
		if (lines == null) {
			return TextList.EMPTY;
		}
		return new TextList(lines.stream().map((line) -> line.en().strip()).toList(),
				lines.stream().map((line) -> line.zh().strip()).toList());
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
