package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The Cloud Monitor metric that counts a status code.
 */
@Schema(description = "The Cloud Monitor metric that counts the code")
public record Metric(@Schema(example = "QCE/SCF_V2") String namespace, @Schema(example = "Http433") String name,
		@Schema(description = "documented: the metrics page names this code's metric; inferred: the metric's name "
				+ "covers the code, the page does not list its codes", example = "documented") String basis,
		@Schema(description = "The metrics page: a key of the answer's sources") String source) {
}
