package org.scfcodes.equivalent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A status with no cited equivalent on a platform that was checked, and why.
 */
@Schema(description = "A platform checked for this status without a cited equivalent, and why")
public record Unmatched(@Schema(example = "499") int status, @Schema(example = "RequestCanceled") String name,
		@Schema(example = "aws-lambda") String platform, Text why,
		@Schema(description = "The page the reason rests on: a key of the answer's sources") String source) {
}
