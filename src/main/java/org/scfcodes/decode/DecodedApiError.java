package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.RetiredApiError;

/**
 * An API error code found in the text: known, retired (listed by older SDK releases only)
 * or unknown, with its entry and the evidence for it.
 */
@Schema(description = "An SCF API error code found in the text")
public record DecodedApiError(
		@Schema(description = "The code as the catalog spells it, or as found when unknown",
				example = "ResourceNotFound.Function") String code,
		@Schema(description = "known: in the catalog; retired: listed by older SDK releases only; unknown: in neither",
				allowableValues = {
						"known", "retired", "unknown" },
				example = "known") String state,
		@Schema(description = "The catalog entry; absent for a code the catalog does not know") ApiError entry,
		@Schema(description = "The retired code's entry, with the last SDK releases that listed it") RetiredApiError retired,
		@Schema(example = "/api-errors/ResourceNotFound.Function") String link,
		@Schema(description = "For a retired or unknown code, the nearest known codes") List<String> nearest,
		List<Evidence> evidence){

	public DecodedApiError {
		nearest = List.copyOf(nearest);
		evidence = List.copyOf(evidence);
	}

}
