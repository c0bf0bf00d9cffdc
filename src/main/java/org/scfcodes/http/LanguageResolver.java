package org.scfcodes.http;

import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scfcodes.text.Language;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks the answer language: the {@code lang} parameter, then the first of {@code Accept-Language} that the
 * service speaks, then English. Unsupported values are passed over rather than refused.
 */
class LanguageResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Language fromParameter = supported(queryParameter(request.getQueryString(), "lang"));
		if (fromParameter != null) {
			return fromParameter.locale();
		}
		if (request.getHeader("Accept-Language") != null) {
			Enumeration<Locale> locales = request.getLocales();
			while (locales.hasMoreElements()) {
				Language language = supported(locales.nextElement().getLanguage());
				if (language != null) {
					return language.locale();
				}
			}
		}
		return Language.EN.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request");
	}

	/** A query parameter, read without touching the body (reading it would parse uploads early). */
	private static String queryParameter(String query, String name) {
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&", 20)) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		return null;
	}

	private static Language supported(String tag) {
		if (tag == null) {
			return null;
		}
		String language = tag.strip().toLowerCase(Locale.ROOT);
		if (language.equals("zh") || language.startsWith("zh-") || language.startsWith("zh_")) {
			return Language.ZH;
		}
		if (language.equals("en") || language.startsWith("en-") || language.startsWith("en_")) {
			return Language.EN;
		}
		return null;
	}

}
