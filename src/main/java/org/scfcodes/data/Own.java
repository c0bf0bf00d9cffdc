package org.scfcodes.data;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which language of a bilingual text is the project's words rather than its source's, and
 * why: {@code translated} (the project's translation of the other language's words),
 * {@code missing} (the source has no words in that language) or {@code cut-short} (the
 * source's words in that language are cut short). Written {@code own: { en: translated }}
 * inside the text it marks.
 */
public record Own(@Pattern(regexp = WHY, message = WHY_MESSAGE) String en,
		@Pattern(regexp = WHY, message = WHY_MESSAGE) String zh) {

	/** What makes a language's words the project's. */
	public static final String WHY = "translated|missing|cut-short";

	static final String WHY_MESSAGE = "must be translated, missing or cut-short";

	/** The languages marked, {@code en} before {@code zh}, with why. */
	public Map<String, String> byLanguage() {
		Map<String, String> own = new LinkedHashMap<>();
		if (this.en != null) {
			own.put("en", this.en);
		}
		if (this.zh != null) {
			own.put("zh", this.zh);
		}
		return own;
	}

	/**
	 * Whether the marks fit a text with the given languages: at least one language is
	 * marked, at most one (the other is the source's), each marked language is present,
	 * and a translation has the words it translates beside it.
	 */
	public static boolean fits(@Nullable Own own, boolean en, boolean zh) {
		if (own == null) {
			return true;
		}
		boolean ownEn = own.en != null;
		boolean ownZh = own.zh != null;
		return (ownEn != ownZh) && (!ownEn || en) && (!ownZh || zh) && (!"translated".equals(own.en) || zh)
				&& (!"translated".equals(own.zh) || en);
	}

	/** The language a translation is made from, if one of the two is a translation. */
	public static @Nullable String translatedFrom(@Nullable Own own, String language) {
		if (own == null) {
			return null;
		}
		String why = "en".equals(language) ? own.en : own.zh;
		return "translated".equals(why) ? ("en".equals(language) ? "zh" : "en") : null;
	}

	/** Whether every mark is a translation, as in a quote. */
	public static boolean onlyTranslated(@Nullable Own own) {
		return own == null || own.byLanguage().values().stream().allMatch("translated"::equals);
	}

	public static final String FITS_MESSAGE = "'own' marks one language the text has, and a translated one needs the words "
			+ "it translates beside it";

}
