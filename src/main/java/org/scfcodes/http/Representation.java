package org.scfcodes.http;

import java.nio.charset.StandardCharsets;

import org.scfcodes.text.Language;

import org.springframework.http.MediaType;

/**
 * How one request is answered: as JSON, or as text in a language, with problems in that
 * language too. Decided once per request ({@link Representations}); the answer's body,
 * its {@code Content-Type} and its ETag all read it.
 *
 * @param text whether the answer is text rather than JSON
 * @param language the language of text answers and of problems
 * @param page whether a browser navigates here: it names HTML before anything else, and
 * is better served by the page than by JSON
 */
public record Representation(boolean text, Language language, boolean page) {

	static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	/** The media type of the answer. */
	public MediaType mediaType() {
		return this.text ? TEXT_UTF8 : MediaType.APPLICATION_JSON;
	}

	/**
	 * The representation as its ETags name it: {@code json} (the same bytes in every
	 * language), {@code text-en} or {@code text-zh}.
	 */
	public String tag() {
		return this.text ? "text-" + this.language.tag() : "json";
	}

}
