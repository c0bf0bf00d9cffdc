package org.scfcodes.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * Everything known about one SCF invocation status code.
 */
@Schema(description = "One SCF invocation status code")
public record StatusCode(@Schema(example = "433") int status,
		@Schema(description = "The name exactly as the platform reports it", example = "TimeLimitReached") String name,
		@Schema(description = "Older or misspelt forms of the name seen in the sources") List<String> aliases,
		@Schema(description = "Where this entry comes from") Reference source, Text meaning, TextList causes,
		TextList remedies, @Schema(description = "Who has to act") List<Actor> actors, Recycling recycling,
		RetryPolicy retry, List<Quantity> quantities, List<Reference> links,
		@Schema(description = "Messages the platform prints for this code") List<String> messages,
		@Schema(description = "Where the sources disagree or are silent") TextList notes) {

	public StatusCode {
		aliases = List.copyOf(aliases);
		actors = List.copyOf(actors);
		quantities = List.copyOf(quantities);
		links = List.copyOf(links);
		messages = List.copyOf(messages);
	}

	/** A short reference to this code. */
	public CodeRef ref() {
		return new CodeRef(this.status, this.name);
	}

}
