package org.scfcodes.decode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A duration the text reports, such as a timeout or a log's Duration field.
 */
@Schema(description = "A duration found in the text")
public record Measurement(
		@Schema(description = "The field or phrase it came from", example = "timed out after") String source,
		@Schema(example = "3") String value, @Schema(example = "s") String unit) {
}
