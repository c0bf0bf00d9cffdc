package org.scfcodes.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A sentence or row of a retry-policy page, quoted exactly, or the project's translation
 * of one.
 */
@Schema(description = "A retry-policy text, quoted from one page revision in one language")
public record RetryText(
		@Schema(description = "The revision quoted: a key of the answer's sources",
				example = "retry-intl-2022-03-15") String source,
		@Schema(example = "en") String language,
		@Schema(description = "Present on the project's translation: the language translated") String translatedFrom,
		@Schema(description = "The row's heading, for a row of a table", example = "System error") String heading,
		String text, @Schema(description = "The project's words on what the text applies to") Text about) {

	/** Whether the text is the project's translation rather than an official text. */
	@JsonIgnore
	public boolean translated() {
		return this.translatedFrom != null;
	}

}
