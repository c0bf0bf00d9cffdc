package org.scfcodes.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorRef;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * Status codes found by a lookup, with suggestions when nothing matched.
 */
@Schema(description = "The codes a lookup found, best first, with suggestions when none matched")
record CodeList(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(description = "What was looked up, as given", example = "InvalidParameterValue") String query,
		int count, List<StatusCode> codes,
		@Schema(description = "Close names when nothing matched") List<CodeRef> suggestions,
		@Schema(description = "For a name or words: the API error codes that match too, labelled with their kind") List<ApiErrorRef> apiErrors,
		@Schema(description = "The version of the API error catalog, when apiErrors is given") String apiErrorsVersion)
		implements
			PlainText {

	CodeList(String catalogVersion, String query, List<StatusCode> codes, List<CodeRef> suggestions) {
		this(catalogVersion, query, codes.size(), codes, suggestions, null, null);
	}

	/** The same answer with the API error codes that match the same name or words. */
	CodeList withApiErrors(List<ApiError> errors, String version) {
		return new CodeList(this.catalogVersion, this.query, this.count, this.codes, this.suggestions,
				errors.stream().map(ApiErrorRef::of).toList(), version);
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		if (this.codes.isEmpty()) {
			out.append(labels.get("codes.none", this.query)).append('\n');
			CodeText.suggestions(this.suggestions, labels, out);
		}
		for (int i = 0; i < this.codes.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			CodeText.render(this.codes.get(i), labels, out);
		}
		if (this.apiErrors != null && !this.apiErrors.isEmpty()) {
			out.append('\n').append(labels.get("list.title", labels.get("codes.api-errors"))).append('\n');
			this.apiErrors.forEach((error) -> out.append("  - ")
				.append(error.code())
				.append("  ")
				.append(labels.in(error.description()))
				.append("  ")
				.append(error.link())
				.append('\n'));
		}
		CodeText.footer(this.catalogVersion, labels, out);
		return out.toString();
	}

}
