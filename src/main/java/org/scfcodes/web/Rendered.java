package org.scfcodes.web;

import java.nio.charset.StandardCharsets;

/**
 * An answer serialised once, as JSON and as text in each language, for answers that never change between catalog
 * loads.
 */
public record Rendered(byte[] json, byte[] textEn, byte[] textZh) {

	/** Renders an answer that can also be text, given its JSON bytes. */
	public static Rendered of(byte[] json, PlainText answer) {
		return new Rendered(json, answer.toPlainText(Language.EN).getBytes(StandardCharsets.UTF_8),
				answer.toPlainText(Language.ZH).getBytes(StandardCharsets.UTF_8));
	}

	/** The text in a language. */
	public byte[] text(Language language) {
		return (language == Language.ZH) ? this.textZh : this.textEn;
	}

}
