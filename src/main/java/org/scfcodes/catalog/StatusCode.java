package org.scfcodes.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * Everything known about one SCF invocation status code: the official texts, quoted per
 * revision with the newest guidance first, and the project's own explanation, marked as
 * such.
 */
@Schema(description = "One SCF invocation status code")
public record StatusCode(@Schema(example = "433") int status,
		@Schema(description = "The name exactly as the platform reports it", example = "TimeLimitReached") String name,
		@Schema(description = "Older or misspelt forms of the name seen in the sources") List<String> aliases,
		@Schema(description = "The newest official description and solution, per language") Guidance.Languages guidance,
		@Schema(description = "Every official text quoted, newest revision first: the status-code page's rows, "
				+ "earlier wordings, and the pages they link to") List<OfficialText> official,
		@Schema(description = "The project's own plain words on what the code means (not an official text)") Text meaning,
		@Schema(description = "The project's own words on why it happens (not an official text)") TextList causes,
		@Schema(description = "Who has to act, in the project's judgement") List<Actor> actors, Recycling recycling,
		RetryPolicy retry, WhereSeen seenIn,
		@Schema(description = "Numbers the official revisions state") List<Quantity> quantities,
		@Schema(description = "The messages users meet for this code (logs, consoles, API Gateway replies, headers, "
				+ "CloudBase), each with where it is met and what shows it") List<StatusMessage> messages,
		@Schema(description = "The project's notes where the sources disagree, changed or are silent") TextList notes,
		@Schema(description = "The official page revisions this entry quotes, by the keys its texts name") Map<String, Source> sources) {

	public StatusCode {
		sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
		aliases = List.copyOf(aliases);
		official = List.copyOf(official);
		actors = List.copyOf(actors);
		quantities = List.copyOf(quantities);
		messages = List.copyOf(messages);
	}

	/** What kind of identifier this is, beside the API error codes. */
	@JsonProperty
	@Schema(description = "Always status: an invocation status code", example = "status")
	public String kind() {
		return "status";
	}

	/** A short reference to this code. */
	public CodeRef ref() {
		return new CodeRef(this.status, this.name);
	}

}
