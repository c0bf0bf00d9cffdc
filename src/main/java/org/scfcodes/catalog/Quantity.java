package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A number an official page states for a status code, such as a size limit or a port,
 * with the revision that states it: a number that changed keeps each value with its own
 * revision.
 */
@Schema(description = "A number an official revision states for this code, as a structured value")
public record Quantity(@Schema(example = "sync-event-max") String name, @Schema(example = "6") long value,
		@Schema(example = "MB") String unit, @Schema(description = "The project's name for the number") Text label,
		@Schema(description = "The revision that states it: a key of the answer's sources",
				example = "intl-2022-07-27") String source) {
}
