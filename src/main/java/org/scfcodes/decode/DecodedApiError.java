package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.apierror.ApiError;

/**
 * An API error code found in the text, with its catalog entry and the evidence for it.
 */
@Schema(description = "An SCF API error code found in the text")
public record DecodedApiError(
		@Schema(description = "The code as the catalog spells it, or as found when unknown",
				example = "ResourceNotFound.Function") String code,
		@Schema(description = "The catalog entry; absent for a code the catalog does not know") ApiError entry,
		@Schema(example = "/api-errors/ResourceNotFound.Function") String link, List<Evidence> evidence) {
}
