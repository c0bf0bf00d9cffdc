package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a status code shows up besides the error that reports it: the field of the
 * function's error payload, the CLS log field, and the Cloud Monitor metric that counts
 * it.
 */
@Schema(description = "Where the code shows up: payload field, log field and metric")
public record WhereSeen(Field payloadField, Field logField,
		@Schema(description = "Absent for a code no metric is known to count") Metric metric) {

	/** A field that carries the status code, with the page that names it. */
	@Schema(description = "A field that carries the status code")
	public record Field(@Schema(example = "SCF_StatusCode") String name,
			@Schema(description = "The page that names it: a key of the answer's sources") String source) {
	}

}
