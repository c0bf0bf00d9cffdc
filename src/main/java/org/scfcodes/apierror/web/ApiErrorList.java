package org.scfcodes.apierror.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorRef;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * API error codes found by a class or by words.
 */
@Schema(description = "The API error codes a lookup found, best first, with close codes when none matched")
record ApiErrorList(@Schema(example = "2026.11.28+1a2b3c4d") String apiErrorsVersion,
		@Schema(description = "What was looked up, as given", example = "FailedOperation") String query, int count,
		List<ApiErrorRef> errors,
		@Schema(description = "Close codes when nothing matched") List<String> suggestions) implements PlainText {

	ApiErrorList(String apiErrorsVersion, @Nullable String query, List<ApiError> errors, List<String> suggestions) {
		this(apiErrorsVersion, query, errors.size(), errors.stream().map(ApiErrorRef::of).toList(), suggestions);
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		if (this.errors.isEmpty()) {
			out.append(labels.get("api-errors.none", (this.query != null) ? this.query : "")).append('\n');
			if (!this.suggestions.isEmpty()) {
				out.append(labels.get("codes.suggestions", String.join(", ", this.suggestions))).append('\n');
			}
		}
		this.errors.forEach(
				(error) -> out.append(error.code()).append("  ").append(labels.in(error.description())).append('\n'));
		out.append(labels.get("api-errors.version", this.apiErrorsVersion)).append('\n');
		return out.toString();
	}

}
