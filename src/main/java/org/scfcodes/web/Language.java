package org.scfcodes.web;

import java.util.Locale;

/**
 * The languages every catalog text is written in.
 */
public enum Language {

	EN, ZH;

	/** The language for a locale: Chinese for any {@code zh} locale, English otherwise. */
	public static Language of(Locale locale) {
		return (locale != null && "zh".equals(locale.getLanguage())) ? ZH : EN;
	}

	public Locale locale() {
		return (this == ZH) ? Locale.CHINESE : Locale.ENGLISH;
	}

}
