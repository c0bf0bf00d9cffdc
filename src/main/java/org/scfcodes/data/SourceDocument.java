package org.scfcodes.data;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;

/**
 * An official page revision as the data files cite it under {@code sources:}: its title
 * in both languages, its https address, its date where it shows one, whether it is a
 * revision of the status-code page, and how it was read.
 */
public record SourceDocument(@NotNull @Valid Text title,
		@NotBlank @Pattern(regexp = Rules.HTTPS, message = "must be an https URL") String url, LocalDate date,
		Boolean statusPage, @Valid Text about) {

	/** The pages of a file's {@code sources:}, by key. */
	public static Map<String, Source> sources(Map<String, SourceDocument> documents) {
		Map<String, Source> sources = new HashMap<>();
		documents.forEach((id, document) -> sources.put(id, document.source(id)));
		return Map.copyOf(sources);
	}

	private Source source(String id) {
		return new Source(id, this.title, this.url, (this.date != null) ? this.date.toString() : null,
				Boolean.TRUE.equals(this.statusPage), this.about);
	}

}
