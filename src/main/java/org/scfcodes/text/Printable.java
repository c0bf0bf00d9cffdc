package org.scfcodes.text;

/**
 * What a client sent, made safe to echo in an answer or a log line: control and
 * formatting characters (line breaks, bidirectional overrides) shown as {@code ?}, and at
 * most 200 characters.
 */
public final class Printable {

	private static final int MAX = 200;

	private Printable() {
	}

	public static String of(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().limit(MAX).forEach((c) -> {
			boolean hidden = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
			out.append(hidden ? "?" : Character.toString(c));
		});
		return (text.codePointCount(0, text.length()) > MAX) ? out + "…" : out.toString();
	}

}
