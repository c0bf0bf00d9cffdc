package org.scfcodes.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for a terminal: the columns a string takes (two for a wide character such
 * as a Chinese one, as terminals draw them) and lines wrapped to a width, cut short with
 * an ellipsis when they would take more lines than allowed.
 */
public final class Columns {

	/** The width of a terminal that answers are laid out for. */
	public static final int TERMINAL = 80;

	private static final String ELLIPSIS = "…";

	private Columns() {
	}

	/** The columns a string takes in a terminal. */
	public static int width(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += width(codePoint);
			i += Character.charCount(codePoint);
		}
		return width;
	}

	/**
	 * The columns one character takes: two for East Asian wide and fullwidth characters,
	 * none for combining marks and controls, one otherwise.
	 */
	static int width(int codePoint) {
		int type = Character.getType(codePoint);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
				|| type == Character.CONTROL) {
			return 0;
		}
		return wide(codePoint) ? 2 : 1;
	}

	private static boolean wide(int c) {
		return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
				|| (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
				|| (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
				|| (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
				|| (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
	}

	/**
	 * The text in lines of at most {@code width} columns, broken at spaces where there
	 * are any (anywhere in text without spaces, such as Chinese), the lines after the
	 * first indented; at most {@code maxLines} lines, the last ending in an ellipsis when
	 * the text was cut.
	 */
	public static List<String> wrap(String text, int width, int maxLines, String indent) {
		List<String> lines = new ArrayList<>();
		String rest = text.strip().replaceAll("\\s+", " ");
		String prefix = "";
		while (!rest.isEmpty()) {
			int room = width - width(prefix);
			if (lines.size() == maxLines - 1 && width(rest) > room) {
				lines.add(prefix + cut(rest, room - width(ELLIPSIS)).stripTrailing() + ELLIPSIS);
				return lines;
			}
			int end = fitting(rest, room);
			lines.add(prefix + rest.substring(0, end).stripTrailing());
			rest = rest.substring(end).stripLeading();
			prefix = indent;
		}
		return lines;
	}

	/**
	 * The end of the longest start of the text that fits, broken where a line may break:
	 * at a space, or beside a wide character (Chinese breaks between any two, and between
	 * one and a Latin word), but never before closing punctuation; anywhere when nothing
	 * fits otherwise, such as a long address.
	 */
	private static int fitting(String text, int room) {
		if (width(text) <= room) {
			return text.length();
		}
		int end = cut(text, room).length();
		for (int at = end; at > 0; at = text.offsetByCodePoints(at, -1)) {
			if (breaksBefore(text, at)) {
				return at;
			}
		}
		return Math.max(end, 1);
	}

	/** Whether a line may break before the character at {@code at}. */
	private static boolean breaksBefore(String text, int at) {
		int before = text.codePointBefore(at);
		int after = text.codePointAt(at);
		if (NO_LINE_START.indexOf(after) >= 0) {
			return false;
		}
		return before == ' ' || after == ' ' || wide(before) || wide(after);
	}

	/** Punctuation that closes what comes before it, which no line starts with. */
	private static final String NO_LINE_START = "，。、；：！？）」』】》〉”’,.;:!?)]}…";

	/** The longest start of the text that takes at most {@code room} columns. */
	private static String cut(String text, int room) {
		int width = 0;
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			int next = width + width(codePoint);
			if (next > room) {
				break;
			}
			width = next;
			i += Character.charCount(codePoint);
		}
		return text.substring(0, i);
	}

}
