package org.scfcodes.handler;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The code package a handler was checked against.
 */
@Schema(description = "The uploaded code package")
public record PackageSummary(@Schema(example = "code.zip") String filename, @Schema(example = "1024") long bytes,
		@Schema(description = "Files and folders listed in the zip", example = "3") int entries) {
}
