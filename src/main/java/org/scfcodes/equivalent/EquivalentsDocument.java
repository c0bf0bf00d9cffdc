package org.scfcodes.equivalent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.scfcodes.data.Rules;
import org.scfcodes.data.TextDocument;
import org.scfcodes.text.StatusNumber;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The equivalents file as written, with the rules of its fields; its entries
 * ({@code equivalents}, {@code unmatched}) are read one by one, so that a failure names
 * its entry.
 */
record EquivalentsDocument(@NotBlank String version, @NotNull Map<@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
		message = "a platform's key is lower-case words joined by '-'") String, @NotNull @Valid PlatformDocument> platforms,
		@NotNull Map<String, @NotNull @Valid SourceDocument> sources, @NotNull List<JsonNode> equivalents,
		List<JsonNode> unmatched, List<@Valid RetryDocument> retries) {

	static final String MATCH = "exact|approximate";

	record PlatformDocument(@NotBlank String name, @NotNull @Valid Text reports, @NotBlank String source) {
	}

	record SourceDocument(@NotBlank String title,
			@NotBlank @Pattern(regexp = Rules.HTTPS, message = "must be an https URL") String url,
			@NotNull @Pattern(regexp = "official|third-party",
					message = "must be one of [official, third-party]") String publisher,
			LocalDate date, @Valid Text about) {
	}

	/**
	 * One status on one platform: the status by its number, the name being the status
	 * catalog's.
	 */
	record EquivalentDocument(@NotNull StatusNumber status, @NotBlank String platform,
			@NotNull @Pattern(regexp = MATCH, message = "must be exact or approximate") String match,
			@Valid Text difference,
			@NotEmpty(
					message = "names at least one thing a user sees on the platform") List<@Valid SightingDocument> sees,
			List<@Valid LimitDocument> limits) {

		@AssertTrue(message = "an approximate match states its 'difference'")
		boolean isDifferenceStated() {
			return !"approximate".equals(this.match) || this.difference != null;
		}

	}

	record SightingDocument(@NotNull @Pattern(
			regexp = "exception|error-type|error-code|reason|service-error|http-status|header|message|description",
			message = "must be one of "
					+ "[exception, error-type, error-code, reason, service-error, http-status, header, message, description]") String kind,
			@NotBlank String value, @NotBlank String source,
			@Pattern(regexp = MATCH, message = "must be exact or approximate") String match, @Valid Text note) {

		@AssertTrue(message = "a narrowed identifier says how in 'sees.note'")
		boolean isNarrowingSaid() {
			return this.match == null || this.note != null;
		}

	}

	record LimitDocument(@NotNull @Valid Text what, @NotNull @Valid FigureDocument scf,
			@NotNull @Valid FigureDocument there, @Valid Text note) {
	}

	record FigureDocument(@NotNull Long value, @NotBlank String unit, @NotBlank String source) {
	}

	record UnmatchedDocument(@NotNull StatusNumber status, @NotBlank String platform, @NotNull @Valid Text why,
			@NotBlank String source) {
	}

	record RetryDocument(@NotBlank String platform,
			@NotEmpty(message = "names at least one status") List<@NotNull StatusNumber> statuses,
			@NotNull @Valid TextDocument text, @Valid Text about, @NotBlank String source) {

		@AssertTrue(message = "'text' quotes the platform's words only: no 'own'")
		boolean isOfficialOnly() {
			return this.text == null || this.text.own() == null;
		}

	}

}
