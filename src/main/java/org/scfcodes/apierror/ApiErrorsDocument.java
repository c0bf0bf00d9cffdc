package org.scfcodes.apierror;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.scfcodes.data.SourceDocument;
import org.scfcodes.data.TextDocument;
import org.scfcodes.text.StatusNumber;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The API error file as written, with the rules of its fields; its entries
 * ({@code errors}) are read one by one as {@link ErrorDocument}s, so that a failure names
 * its entry.
 */
record ApiErrorsDocument(@NotBlank String version, @NotNull Map<String, @NotNull @Valid SourceDocument> sources,
		@NotNull @Valid DescriptionsDocument descriptions, @NotNull List<JsonNode> errors,
		List<@NotNull @Valid RetiredDocument> retired) {

	/** A code older SDK releases listed and the current ones do not. */
	record RetiredDocument(
			@NotBlank @Pattern(regexp = "\\s*[\\p{L}\\p{N}]+(\\.[\\p{L}\\p{N}]+)*\\s*",
					message = "must be dot-separated words of letters and digits") String code,
			@NotNull @Valid TextDocument description, @NotEmpty(
					message = "names the last SDK release that listed the code") List<@NotNull @Valid ReleaseDocument> lastListed) {

		@AssertTrue(message = DESCRIBED)
		boolean isDescribedInBoth() {
			return described(this.description);
		}

	}

	/**
	 * The rule of a code's description: both languages, the project's words (where the
	 * SDK has none or cuts its words short) marked in {@code own}.
	 */
	static final String DESCRIBED = "'description' needs en and zh, the project's words marked 'own: { en: missing }' or "
			+ "'own: { en: cut-short }' where the SDK has none or cuts its words short";

	static boolean described(@Nullable TextDocument description) {
		return description == null || (description.inBoth()
				&& description.ownByLanguage().values().stream().allMatch((why) -> !why.equals("translated")));
	}

	/** The last release of an SDK that listed a retired code. */
	record ReleaseDocument(@NotBlank String sdk, @NotBlank String version,
			@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date (yyyy-mm-dd)") String date,
			@NotBlank String droppedIn, @NotBlank String source) {
	}

	/** Where the official descriptions come from, per language. */
	record DescriptionsDocument(@NotBlank String en, @NotBlank String zh) {
	}

	/**
	 * A quote of an official page: its revision and its words in each language it was
	 * read in, all official (no {@code own}).
	 */
	record CitationDocument(@NotBlank String source, @NotNull @Valid TextDocument text) {

		@AssertTrue(message = "a citation quotes official words only: no 'own'")
		boolean isOfficialOnly() {
			return this.text == null || this.text.own() == null;
		}

	}

	record RemedyDocument(@NotNull @Valid Text text, @NotEmpty(
			message = "a remedy needs the official text it rests on in 'cites'") List<@Valid CitationDocument> cites) {
	}

	/** A status the error relates to: its number, the name being the status catalog's. */
	record StatusDocument(@NotNull StatusNumber status, @NotNull @Valid Text relation) {
	}

	record ErrorDocument(
			@NotBlank @Pattern(regexp = "\\s*[\\p{L}\\p{N}]+(\\.[\\p{L}\\p{N}]+)*\\s*",
					message = "must be dot-separated words of letters and digits") String code,
			@NotNull @Valid TextDocument description, List<@Valid RemedyDocument> remedies, @Valid Text noRemedy,
			@Valid CitationDocument related, List<@NotBlank String> actions, List<@Valid StatusDocument> statuses) {

		@AssertTrue(message = DESCRIBED)
		boolean isDescribedInBoth() {
			return described(this.description);
		}

		@AssertTrue(message = "'related' goes with 'no-remedy'")
		boolean isRelatedToNoRemedy() {
			return this.related == null || this.noRemedy != null;
		}

		@AssertTrue(message = "give either 'remedies' or 'no-remedy', not both")
		boolean isRemediedOnce() {
			return this.remedies == null || this.remedies.isEmpty() || this.noRemedy == null;
		}

	}

}
