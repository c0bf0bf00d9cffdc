package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A message users meet for a status, exactly as printed, where they meet it, and what
 * shows it: an official page revision (by its key in the catalog's sources), or the
 * address of an SDK or runtime source or of a real thread.
 */
@Schema(description = "A message users meet for this status, with where they meet it and what shows it")
public record StatusMessage(
		@Schema(description = "The message as printed (a part of it where the rest varies)",
				example = "Invoking task timed out after") String text,
		@Schema(description = "Where users meet it", allowableValues = {
				"status-message", "console", "log", "api-gateway", "header", "cloudbase" },
				example = "console") String where,
		@Schema(description = "What shows it: official (a page revision of the catalog's sources), sdk-source, "
				+ "runtime-source, or thread (a real user's thread, not an official text)",
				allowableValues = { "official", "sdk-source", "runtime-source", "thread" },
				example = "thread") String basis,
		@Schema(description = "For official: the key of the page revision in the answer's sources; otherwise the "
				+ "address of the source or thread",
				example = "https://github.com/trojblue/TSDM-coin-farmer/issues/7") String source){

}
