package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.StatusCode;

/**
 * A status code found in the text, with its catalog entry and the evidence for it.
 */
@Schema(description = "A status code found in the text")
public record DecodedCode(@Schema(example = "433") int status,
		@Schema(description = "The catalog entry; absent for a code the catalog does not know") StatusCode entry,
		List<Evidence> evidence) {
}
