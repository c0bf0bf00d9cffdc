package org.scfcodes.lookup.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.Actor;
import org.scfcodes.catalog.Guidance;
import org.scfcodes.catalog.OfficialText;
import org.scfcodes.catalog.Quantity;
import org.scfcodes.catalog.Recycling;
import org.scfcodes.catalog.RetryPolicy;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.catalog.StatusMessage;
import org.scfcodes.catalog.WhereSeen;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;
import org.scfcodes.text.TextList;

/**
 * One status code, as served: short by default (the current official guidance, who acts,
 * the retry behaviour in brief, where it shows up, and links), with the parts that
 * {@code include=} names added: every official text, the quoted retry rules, the details
 * (the project's explanation among them), the equivalents on other platforms.
 */
@Schema(description = "One status code with the catalog version: the short answer, and what include= adds")
@JsonInclude(JsonInclude.Include.NON_NULL)
record CodeAnswer(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(description = "Always status: an invocation status code", example = "status") String kind,
		@Schema(example = "433") int status,
		@Schema(description = "The name exactly as the platform reports it", example = "TimeLimitReached") String name,
		@Schema(description = "The newest official description and solution, per language") Guidance.Languages guidance,
		@Schema(description = "The project's own plain words on what the code means (not an official text); with include=details") Text meaning,
		@Schema(description = "Who has to act (the project's reading of the sources)") List<Actor> actors,
		@Schema(description = "The retry behaviour in one sentence, the project's summary of the retry pages; "
				+ "include=retry quotes them") Text retryInBrief,
		WhereSeen seenIn,
		@Schema(description = "The page revisions the answer quotes, by the keys its texts name") Map<String, Source> sources,
		@Schema(description = "Where to read more") CodeLinks links,
		@Schema(description = "Older or misspelt forms of the name seen in the sources; with include=details") List<String> aliases,
		@Schema(description = "The project's own words on why it happens (not an official text); with include=details") TextList causes,
		@Schema(description = "With include=details") Recycling recycling,
		@Schema(description = "Numbers the official revisions state; with include=details") List<Quantity> quantities,
		@Schema(description = "Messages the platform prints for this code; with include=details") List<StatusMessage> messages,
		@Schema(description = "The project's notes where the sources disagree, changed or are silent; with include=details") TextList notes,
		@Schema(description = "Every official text quoted, newest revision first: the status-code page's rows, "
				+ "earlier wordings, and the pages they link to; with include=official") List<OfficialText> official,
		@Schema(description = "The retry rules quoted from the retry pages; with include=retry") RetryPolicy retry,
		@Schema(description = "What this status is called on other platforms; with include=equivalents") StatusEquivalents equivalents) {

	/** The answer to one code with the parts asked for. */
	static CodeAnswer of(String catalogVersion, StatusCode code, Set<Parts> parts, Text retryInBrief,
			@Nullable StatusEquivalents equivalents) {
		boolean details = parts.contains(Parts.DETAILS);
		boolean official = parts.contains(Parts.OFFICIAL);
		boolean retry = parts.contains(Parts.RETRY);
		Map<String, Source> sources = (official || retry || details) ? code.sources() : cited(code);
		return new CodeAnswer(catalogVersion, "status", code.status(), code.name(), code.guidance(),
				details ? code.meaning() : null, code.actors(), retryInBrief, code.seenIn(), sources,
				CodeLinks.of(code.status()), details ? code.aliases() : null, details ? code.causes() : null,
				details ? code.recycling() : null, details ? code.quantities() : null, details ? code.messages() : null,
				details ? code.notes() : null, official ? code.official() : null, retry ? code.retry() : null,
				parts.contains(Parts.EQUIVALENTS) ? equivalents : null);
	}

	/**
	 * The revisions the short answer names (its guidance's and its fields'), without how
	 * each was read.
	 */
	private static Map<String, Source> cited(StatusCode code) {
		Set<String> keys = new LinkedHashSet<>();
		for (Guidance guidance : List.of(code.guidance().en(), code.guidance().zh())) {
			keys.add(guidance.description().source());
			if (guidance.solution() != null) {
				keys.add(guidance.solution().source());
			}
		}
		keys.add(code.seenIn().payloadField().source());
		keys.add(code.seenIn().logField().source());
		Map<String, Source> cited = new LinkedHashMap<>();
		// how each revision was read is provenance: include=official gives it
		code.sources().forEach((key, source) -> {
			if (keys.contains(key)) {
				cited.put(key, new Source(source.id(), source.title(), source.url(), source.date(), source.statusPage(),
						null));
			}
		});
		return cited;
	}

	/** Where to read more of a code. */
	@Schema(description = "Where to read more of a code")
	record CodeLinks(@Schema(example = "/codes/433?include=all") String all,
			@Schema(description = "The page for people", example = "/?code=433") String page) {

		static CodeLinks of(int status) {
			return new CodeLinks("/codes/" + status + "?include=all", "/?code=" + status);
		}

	}

}
