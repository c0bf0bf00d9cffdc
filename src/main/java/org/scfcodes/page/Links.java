package org.scfcodes.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.scfcodes.text.Language;

/**
 * The page's own addresses, each in the language it is read in: English needs no
 * parameter, Chinese says {@code lang=zh} so that a shared link keeps its language.
 */
final class Links {

	private Links() {
	}

	static String start(Language language) {
		return (language == Language.ZH) ? "/?lang=zh" : "/";
	}

	static String code(int status, Language language) {
		return "/?code=" + status + suffix(language);
	}

	static String apiError(String code, Language language) {
		return "/?api-error=" + encode(code) + suffix(language);
	}

	static String search(String words, Language language) {
		return "/?q=" + encode(words) + suffix(language);
	}

	/** The same address in the other language. */
	static String in(String address, Language language) {
		String base = address.replace("?lang=zh", "?").replace("&lang=zh", "");
		if (base.endsWith("?")) {
			base = base.substring(0, base.length() - 1);
		}
		if (language == Language.EN) {
			return base;
		}
		return base + (base.contains("?") ? "&" : "?") + "lang=zh";
	}

	private static String suffix(Language language) {
		return (language == Language.ZH) ? "&lang=zh" : "";
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
