package org.scfcodes.lookup.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorRef;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Columns;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * Status codes found by a lookup, with suggestions when nothing matched.
 */
@Schema(description = "The codes a lookup found, best first, with suggestions when none matched")
record CodeList(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(description = "What was looked up, as given", example = "InvalidParameterValue") String query,
		int count,
		@Schema(description = "The codes found, best first, each with the link to its entry") List<CodeSummary> codes,
		@Schema(description = "Close names when nothing matched") List<CodeRef> suggestions,
		@Schema(description = "For a name or words: the API error codes that match too, labelled with their kind") List<ApiErrorRef> apiErrors,
		@Schema(description = "The version of the API error catalog, when apiErrors is given") String apiErrorsVersion,
		@Schema(description = "For status codes asked for together: those that have no answer, and why") List<StatusRefusal> refused)
		implements
			PlainText {

	CodeList(String catalogVersion, @Nullable String query, List<StatusCode> codes, List<CodeRef> suggestions) {
		this(catalogVersion, query, codes.size(), codes.stream().map(CodeSummary::of).toList(), suggestions, null, null,
				null);
	}

	/** The same answer with the API error codes that match the same name or words. */
	CodeList withApiErrors(List<ApiError> errors, String version) {
		return new CodeList(this.catalogVersion, this.query, this.count, this.codes, this.suggestions,
				errors.stream().map(ApiErrorRef::of).toList(), version, this.refused);
	}

	/** The same answer with the statuses asked for that have no answer. */
	CodeList withRefused(List<StatusRefusal> refused) {
		return new CodeList(this.catalogVersion, this.query, this.count, this.codes, this.suggestions, this.apiErrors,
				this.apiErrorsVersion, List.copyOf(refused));
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		if (this.codes.isEmpty()) {
			out.append(labels.get("codes.none", this.query)).append('\n');
			CodeText.suggestions(this.suggestions, labels, out);
		}
		// one line a code, best first: the code, its name, what it is, who acts
		this.codes.forEach((code) -> {
			String line = code.status() + " " + code.name() + "  " + labels.in(code.description());
			if (!code.actors().isEmpty()) {
				line = line + " " + labels.get("codes.line.actors", CodeText.actors(code.actors(), labels));
			}
			out.append(Columns.wrap(line, Columns.TERMINAL, 1, "").get(0)).append('\n');
		});
		if (!this.codes.isEmpty()) {
			out.append(labels.get("codes.line.more")).append('\n');
		}
		if (this.apiErrors != null && !this.apiErrors.isEmpty()) {
			out.append(labels.get("list.title", labels.get("codes.api-errors"))).append('\n');
			this.apiErrors.forEach((error) -> out.append(
					Columns.wrap(error.code() + "  " + labels.in(error.description()), Columns.TERMINAL, 1, "").get(0))
				.append('\n'));
			out.append(labels.get("codes.api-errors.more")).append('\n');
		}
		CodeText.footer(this.catalogVersion, labels, out);
		return out.toString();
	}

}
