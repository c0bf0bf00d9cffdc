package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A number a status code's documentation states, such as a size limit or a port.
 */
@Schema(description = "A number the documentation states for this code, as a structured value")
public record Quantity(@Schema(example = "sync-event-max") String name, @Schema(example = "6") long value,
		@Schema(example = "MB") String unit, Text label) {
}
