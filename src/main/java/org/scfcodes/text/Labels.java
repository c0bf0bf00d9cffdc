package org.scfcodes.text;

import org.springframework.context.MessageSource;

/**
 * The words of text answers in one language, from the message bundles
 * ({@code messages*.properties}).
 */
public final class Labels {

	private final MessageSource messages;

	private final Language language;

	public Labels(MessageSource messages, Language language) {
		this.messages = messages;
		this.language = language;
	}

	public Language language() {
		return this.language;
	}

	/**
	 * The label with this key, its {@code {0}}, {@code {1}}… filled with the arguments.
	 */
	public String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.language.locale());
	}

	/** A text of the data in this language. */
	public String in(Text text) {
		return text.in(this.language);
	}

}
