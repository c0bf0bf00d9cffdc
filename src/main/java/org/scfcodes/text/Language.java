package org.scfcodes.text;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages every text of the service is written in.
 */
public enum Language {

	EN, ZH;

	/**
	 * The language for a locale: Chinese for any {@code zh} locale, English otherwise.
	 */
	public static Language of(@Nullable Locale locale) {
		return (locale != null && "zh".equals(locale.getLanguage())) ? ZH : EN;
	}

	public Locale locale() {
		return (this == ZH) ? Locale.CHINESE : Locale.ENGLISH;
	}

	/** The language's tag, as in {@code ?lang=}: {@code en} or {@code zh}. */
	public String tag() {
		return (this == ZH) ? "zh" : "en";
	}

}
