package org.scfcodes.catalog;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.scfcodes.data.Own;
import org.scfcodes.data.QuoteDocument;
import org.scfcodes.data.Rules;
import org.scfcodes.data.SourceDocument;
import org.scfcodes.text.StatusNumber;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The catalog file as written, with the rules of its fields; its entries ({@code codes})
 * are read one by one as {@link CodeDocument}s, so that a failure names its entry.
 */
record CatalogDocument(@NotBlank String version, @NotNull Map<String, @NotNull @Valid SourceDocument> sources,
		@NotNull @Valid RecyclingDocument recycling, @NotNull @Valid WhereSeenDocument whereSeen,
		@NotNull @Valid RetryDocument retry, @NotNull List<JsonNode> codes) {

	record RecyclingDocument(@NotBlank String source, @NotNull @Valid Text documented,
			@NotNull @Valid Text notDocumented) {
	}

	record FieldDocument(@NotBlank String name, @NotBlank String source) {
	}

	record WhereSeenDocument(@NotNull @Valid FieldDocument payloadField, @NotNull @Valid FieldDocument logField,
			@NotNull @Valid FieldDocument metricNamespace) {
	}

	record RetryDocument(@NotNull List<@NotNull @Valid QuoteDocument> async,
			@NotNull List<@NotNull @Valid QuoteDocument> sync,
			@NotNull Map<String, @NotNull List<@NotNull @Valid QuoteDocument>> categories,
			@NotNull Map<String, @NotNull @Valid StatedDocument> stated) {
	}

	/**
	 * Per invocation type, what the pages state; absent where a code keeps its kind's.
	 */
	record StatedDocument(@Pattern(regexp = STATED, message = STATED_MESSAGE) String sync,
			@Pattern(regexp = STATED, message = STATED_MESSAGE) String async,
			@Pattern(regexp = STATED, message = STATED_MESSAGE) String kafka,
			@Pattern(regexp = STATED, message = STATED_MESSAGE) String mqtt) {

		static final String STATED = "documented|not-stated|conflicting";

		static final String STATED_MESSAGE = "must be documented, not-stated or conflicting";

		Map<String, @Nullable String> byInvocation() {
			Map<String, @Nullable String> stated = new java.util.LinkedHashMap<>();
			stated.put("sync", this.sync);
			stated.put("async", this.async);
			stated.put("kafka", this.kafka);
			stated.put("mqtt", this.mqtt);
			return stated;
		}

	}

	record CodeRetryDocument(
			@NotNull @Pattern(regexp = "none|system|overrun|execution|invocation",
					message = "must be none, system, overrun, execution or invocation") String category,
			@NotNull RetryPolicy.Basis basis, @Valid StatedDocument stated,
			List<@NotNull @Valid QuoteDocument> official) {
	}

	record MetricDocument(@NotBlank String name, @NotNull @Pattern(regexp = "documented|inferred",
			message = "must be documented or inferred") String basis) {
	}

	/**
	 * What one revision of the status-code page (or a page it links) says of a code, in
	 * each language it was read in; {@code own} marks a language that is the project's
	 * translation of the other.
	 */
	record OfficialDocument(@NotBlank String source, @Valid OfficialWordsDocument en, @Valid OfficialWordsDocument zh,
			@Valid Own own) {

		@AssertTrue(message = "an 'official' text needs the words in en or zh")
		boolean isInOneLanguageAtLeast() {
			return this.en != null || this.zh != null;
		}

		@AssertTrue(message = "'official.own' marks one language the text has, as the project's translation "
				+ "('own: { en: translated }') of the other language's words beside it")
		boolean isOwnATranslationOfTheOther() {
			return Own.fits(this.own, this.en != null, this.zh != null) && Own.onlyTranslated(this.own);
		}

	}

	/** The cells of a code's row in one language: description, solution items, links. */
	record OfficialWordsDocument(@Pattern(regexp = Rules.WORDS, message = "must not be empty") String description,
			List<@NotBlank String> solution, List<@Valid LinkDocument> links) {

		@AssertTrue(message = "an 'official' text states something (description, solution or links)")
		boolean isStatingSomething() {
			return this.description != null || this.solution != null || this.links != null;
		}

	}

	record LinkDocument(@NotBlank String text,
			@NotBlank @Pattern(regexp = Rules.HTTPS, message = "must be an https URL") String url) {

		Link link() {
			return new Link(this.text, this.url);
		}

	}

	/**
	 * A message users meet: official messages name a page revision of the file's sources,
	 * the others the https address of an SDK or runtime source or of a real thread.
	 */
	record MessageDocument(@NotBlank String text,
			@NotNull @Pattern(regexp = "status-message|console|log|api-gateway|header|cloudbase",
					message = "must be status-message, console, log, api-gateway, header or cloudbase") String where,
			@NotNull @Pattern(regexp = "official|sdk-source|runtime-source|thread",
					message = "must be official, sdk-source, runtime-source or thread") String basis,
			@NotBlank String source) {

		@AssertTrue(message = "a message that is not official needs the https address of its source")
		boolean isSourcedByAddressUnlessOfficial() {
			return "official".equals(this.basis) || this.source == null || this.source.matches(Rules.HTTPS);
		}

	}

	record QuantityDocument(@NotBlank String name, @NotNull Long value, @NotBlank String unit, @NotBlank String source,
			@NotNull @Valid Text label) {
	}

	record CodeDocument(@NotNull StatusNumber status, @NotBlank String name, List<@NotBlank String> aliases,
			@NotNull List<@NotNull Actor> actors, Boolean recyclesInstance, @NotNull @Valid CodeRetryDocument retry,
			@Valid MetricDocument metric, @NotNull @Valid Text meaning, @NotEmpty List<@NotNull @Valid Text> causes,
			@NotNull List<@Valid OfficialDocument> official, List<@Valid QuantityDocument> quantities,
			List<@NotNull @Valid MessageDocument> messages, List<@NotNull @Valid Text> notes) {

		@AssertTrue(message = "'aliases' repeats a name")
		boolean isEveryNameOnce() {
			List<String> names = (this.aliases != null) ? this.aliases : List.of();
			return names.stream().map(String::strip).distinct().count() == names.size()
					&& (this.name == null || !names.contains(this.name.strip()));
		}

	}

}
