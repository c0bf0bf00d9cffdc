package org.scfcodes.apierror;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A short reference to an API error code, as lists and other answers give it: the kind,
 * the code, its description and where it is explained.
 */
@Schema(description = "An SCF API error code in a list, with where it is explained")
public record ApiErrorRef(@Schema(description = "Always api-error", example = "api-error") String kind,
		@Schema(example = "ResourceNotFound.Function") String code,
		@Schema(example = "ResourceNotFound") String errorClass, Text description,
		@Schema(description = "Languages whose description is the project's translation, and why") Map<String, String> translated,
		@Schema(example = "/api-errors/ResourceNotFound.Function") String link) {

	public static ApiErrorRef of(ApiError error) {
		return new ApiErrorRef("api-error", error.code(), error.errorClass(), error.description(), error.translated(),
				"/api-errors/" + error.code());
	}

}
