package org.scfcodes.lookup.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.Actor;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Text;

/**
 * A status code in a list: what it is in a sentence, who acts, and where its whole entry
 * is.
 */
@Schema(description = "A status code in a list, with the link to its entry")
record CodeSummary(@Schema(description = "Always status", example = "status") String kind,
		@Schema(example = "433") int status, @Schema(example = "TimeLimitReached") String name,
		@Schema(description = "The newest official description, per language (its revision is in the entry)") Text description,
		@Schema(description = "Who has to act (the project's reading of the sources)") List<Actor> actors,
		@Schema(example = "/codes/433") String link) {

	static CodeSummary of(StatusCode code) {
		return new CodeSummary("status", code.status(), code.name(),
				new Text(code.guidance().en().description().text().get(0),
						code.guidance().zh().description().text().get(0)),
				code.actors(), "/codes/" + code.status());
	}

}
