package org.scfcodes.data;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import org.scfcodes.text.Text;

/**
 * A bilingual text as the data files write it where its words are quoted, or may be:
 * {@code { en, zh }}, a language absent where the source has no words in it, and
 * {@link Own own} marking the language whose words are the project's.
 */
public record TextDocument(@Pattern(regexp = Rules.WORDS, message = "must not be empty") String en,
		@Pattern(regexp = Rules.WORDS, message = "must not be empty") String zh, @Valid Own own) {

	@AssertTrue(message = "needs the words in en or zh")
	boolean isInOneLanguageAtLeast() {
		return this.en != null || this.zh != null;
	}

	@AssertTrue(message = Own.FITS_MESSAGE)
	boolean isOwnFitting() {
		return Own.fits(this.own, this.en != null, this.zh != null);
	}

	/** Whether both languages are given. */
	public boolean inBoth() {
		return this.en != null && this.zh != null;
	}

	/** The text in each language it has, {@code en} before {@code zh}. */
	public Map<String, String> byLanguage() {
		Map<String, String> words = new LinkedHashMap<>();
		if (this.en != null) {
			words.put("en", this.en);
		}
		if (this.zh != null) {
			words.put("zh", this.zh);
		}
		return words;
	}

	/** The languages marked as the project's, with why; empty where none is. */
	public Map<String, String> ownByLanguage() {
		return (this.own != null) ? this.own.byLanguage() : Map.of();
	}

	/** Both languages as a {@link Text}, stripped; only for a text given in both. */
	public Text both() {
		return new Text(this.en.strip(), this.zh.strip());
	}

}
