package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * Whether a status code makes the platform recycle the instance that served the request.
 */
@Schema(description = "Whether the code triggers instance recycling, and what the pages say about it")
public record Recycling(boolean triggers,
		@Schema(description = "The project's words on what the status-code page says") Text explanation,
		@Schema(description = "The page the fact comes from: a key of the answer's sources") String source) {
}
