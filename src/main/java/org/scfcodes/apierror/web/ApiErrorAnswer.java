package org.scfcodes.apierror.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;
import org.scfcodes.text.Source;

/**
 * One API error code, as served, with the version of the API error catalog and the pages
 * its texts name.
 */
@Schema(description = "One SCF API error code with the API error catalog version")
record ApiErrorAnswer(@Schema(example = "2026.11.28+1a2b3c4d") String apiErrorsVersion,
		@Schema(description = "What kind of identifier this is", example = "api-error") String kind,
		@JsonUnwrapped ApiError error,
		@Schema(description = "The pages the entry names: its descriptions' SDK files and its remedies' pages") Map<String, Source> sources,
		@JsonIgnore @Schema(hidden = true) Map<String, Source> descriptions) implements PlainText {

	static ApiErrorAnswer of(ApiErrorCatalog catalog, ApiError error) {
		Map<String, Source> descriptions = Map.of("en", catalog.descriptionSource("en"), "zh",
				catalog.descriptionSource("zh"));
		Map<String, Source> sources = new LinkedHashMap<>();
		ApiErrorText.sourcesOf(error, descriptions).forEach((id) -> sources.put(id, catalog.sources().get(id)));
		return new ApiErrorAnswer(catalog.version(), "api-error", error, sources, descriptions);
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		ApiErrorText.render(this.error, this.sources, this.descriptions, labels, out);
		out.append(labels.get("api-errors.version", this.apiErrorsVersion)).append('\n');
		return out.toString();
	}

}
