package org.scfcodes.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one revision of an official page says about a code, in one language, quoted
 * exactly; or the project's translation of such a text where no official one exists in
 * that language, which says what it translates.
 */
@Schema(description = "An official text about the code, quoted exactly from one page revision in one language "
		+ "(description, solution items, links); a project translation says what it translates in translatedFrom. "
		+ "A part the revision does not state differently is absent.")
public record OfficialText(
		@Schema(description = "The revision quoted: a key of the answer's sources",
				example = "intl-2022-07-27") String source,
		@Schema(example = "en") String language,
		@Schema(description = "Present on the project's translation of an official text: the language translated",
				example = "zh") String translatedFrom,
		@Schema(description = "The description cell, quoted") String description,
		@Schema(description = "The solution cell, quoted, one item per list item or line") List<String> solution,
		List<Link> links) {

	public OfficialText {
		solution = (solution != null) ? List.copyOf(solution) : null;
		links = (links != null) ? List.copyOf(links) : null;
	}

	/** Whether the text is the project's translation rather than an official text. */
	@JsonIgnore
	public boolean translated() {
		return this.translatedFrom != null;
	}

}
