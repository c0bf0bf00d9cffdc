package org.scfcodes.lookup.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.CodeRef;

/**
 * A status asked for with others that has no answer, why, and what is near it.
 */
@Schema(description = "A status asked for with others that has no answer, and why")
record StatusRefusal(@Schema(description = "As given", example = "431") String status,
		@Schema(description = "Why: `unknown-code` (a number from 100 to 599 that SCF does not return), "
				+ "`out-of-range` (a number outside 100–599) or `unknown-name` (neither a number nor a status name)",
				example = "unknown-code", allowableValues = {
						"unknown-code", "out-of-range", "unknown-name" }) String reason,
		@Schema(description = "The known codes nearest to it, by number or by name") List<CodeRef> nearest){

}
