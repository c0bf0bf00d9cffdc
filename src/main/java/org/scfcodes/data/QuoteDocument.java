package org.scfcodes.data;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.scfcodes.text.Text;

/**
 * A quote of one page revision: the revision ({@code source}), its words in each language
 * the revision was read in ({@code text}, where {@code own} marks the project's
 * translation of the other language), the heading of the row quoted in the same
 * languages, and the project's words on what it applies to ({@code about}).
 */
public record QuoteDocument(@NotBlank String source, @NotNull @Valid TextDocument text, @Valid TextDocument heading,
		@Valid Text about) {

	@AssertTrue(message = "'heading' is in the languages of 'text', whose 'own' marks both")
	boolean isHeadingInTheLanguagesOfTheText() {
		return this.heading == null || this.text == null
				|| (this.heading.own() == null && (this.heading.en() == null) == (this.text.en() == null)
						&& (this.heading.zh() == null) == (this.text.zh() == null));
	}

	@AssertTrue(message = "a quote's own words are a translation of the other language's ('own: { en: translated }')")
	boolean isOwnATranslation() {
		return this.text == null || Own.onlyTranslated(this.text.own());
	}

}
