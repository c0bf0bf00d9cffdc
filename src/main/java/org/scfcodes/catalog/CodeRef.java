package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A status code and its name, as used in suggestions.
 */
@Schema(description = "A status code and its name")
public record CodeRef(@Schema(example = "433") int status, @Schema(example = "TimeLimitReached") String name) {
}
