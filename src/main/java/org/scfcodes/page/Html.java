package org.scfcodes.page;

import org.jspecify.annotations.Nullable;

/**
 * HTML written element by element: every text and attribute value escaped, so that no
 * catalog text or query can add markup.
 */
final class Html {

	private final StringBuilder out = new StringBuilder(4096);

	/**
	 * Opens an element.
	 * @param attributes names and values in turn; a {@code null} value leaves its
	 * attribute out
	 */
	Html open(String tag, @Nullable String... attributes) {
		this.out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				this.out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
			}
		}
		this.out.append('>');
		return this;
	}

	Html close(String tag) {
		this.out.append("</").append(tag).append('>');
		return this;
	}

	Html text(String text) {
		this.out.append(escape(text));
		return this;
	}

	/** An element holding only text. */
	Html element(String tag, String text, @Nullable String... attributes) {
		return open(tag, attributes).text(text).close(tag);
	}

	/** Markup this class writes itself, such as a doctype or a line break. */
	Html markup(String markup) {
		this.out.append(markup);
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
