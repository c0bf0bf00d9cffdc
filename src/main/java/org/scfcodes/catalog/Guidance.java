package org.scfcodes.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Language;

/**
 * A code's current official guidance in one language: the description and solution of the
 * newest revision of the status-code page that states them, each with the revision it is
 * quoted from.
 */
@Schema(description = "The newest official description and solution in one language, each with its revision")
public record Guidance(@Schema(description = "The newest official description") Quoted description,
		@Schema(description = "The newest official solution; absent where the pages give none (200)") Quoted solution,
		@Schema(description = "The links of the texts quoted") List<Link> links) {

	public Guidance {
		links = List.copyOf(links);
	}

	/** The guidance in each language. */
	@Schema(description = "The guidance in English and in Chinese")
	public record Languages(Guidance en, Guidance zh) {

		public Guidance in(Language language) {
			return (language == Language.ZH) ? this.zh : this.en;
		}

	}

	/**
	 * Quoted text: its items (one for a description), the revision quoted, and whether it
	 * is a translation.
	 */
	@Schema(description = "Quoted items with the revision they come from")
	public record Quoted(List<String> text,
			@Schema(description = "The revision quoted: a key of the answer's sources",
					example = "intl-2022-07-27") String source,
			@Schema(description = "Present when the text is the project's translation of an official one") String translatedFrom) {

		public Quoted {
			text = List.copyOf(text);
		}

	}

}
