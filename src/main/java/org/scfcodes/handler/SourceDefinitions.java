package org.scfcodes.handler;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the entry functions a source file defines: Python's top-level {@code def},
 * Node.js exports, PHP {@code function}. A scan, not a parser: linear in the file's size.
 */
final class SourceDefinitions {

	private SourceDefinitions() {
	}

	static Set<String> of(String language, String source) {
		return switch (language) {
			case "python" -> python(source);
			case "nodejs" -> node(source);
			case "php" -> php(source);
			default -> Set.of();
		};
	}

	/** Whether the function is among those defined; PHP function names ignore case. */
	static boolean defines(String language, Set<String> defined, String function) {
		return defined.contains("php".equals(language) ? function.toLowerCase(Locale.ROOT) : function);
	}

	private static Set<String> python(String source) {
		Set<String> names = new LinkedHashSet<>();
		for (String line : source.split("\n")) {
			String rest = line.startsWith("async def ") ? line.substring(10)
					: line.startsWith("def ") ? line.substring(4) : null;
			if (rest != null) {
				String name = identifier(rest.stripLeading(), 0);
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
		}
		return names;
	}

	private static Set<String> node(String source) {
		Set<String> names = new LinkedHashSet<>();
		int from = 0;
		while ((from = source.indexOf("exports", from)) >= 0) {
			int at = from + "exports".length();
			if (at < source.length() && source.charAt(at) == '.') {
				String name = identifier(source, at + 1);
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
			else {
				int next = skipSpaces(source, at);
				if (next < source.length() && source.charAt(next) == '=') {
					int brace = skipSpaces(source, next + 1);
					if (brace < source.length() && source.charAt(brace) == '{') {
						objectKeys(source, brace + 1, names);
					}
				}
			}
			from = at;
		}
		return names;
	}

	private static void objectKeys(String source, int start, Set<String> names) {
		int depth = 0;
		boolean expectKey = true;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '{' || c == '(' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ')' || c == ']') {
				if (depth-- == 0) {
					return;
				}
			}
			else if (depth == 0 && c == ',') {
				expectKey = true;
			}
			else if (depth == 0 && expectKey && Character.isJavaIdentifierStart(c)) {
				String name = identifier(source, i);
				names.add(name);
				i += name.length() - 1;
				expectKey = false;
			}
		}
	}

	private static Set<String> php(String source) {
		Set<String> names = new LinkedHashSet<>();
		String lower = source.toLowerCase(Locale.ROOT);
		int from = 0;
		while ((from = lower.indexOf("function", from)) >= 0) {
			int at = from + "function".length();
			boolean word = (from == 0 || !Character.isJavaIdentifierPart(lower.charAt(from - 1)));
			int nameStart = skipSpaces(lower, at);
			if (word && nameStart > at) {
				String name = identifier(lower, nameStart);
				if (!name.isEmpty() && skipSpaces(lower, nameStart + name.length()) < lower.length()
						&& lower.charAt(skipSpaces(lower, nameStart + name.length())) == '(') {
					names.add(name);
				}
			}
			from = at;
		}
		return names;
	}

	private static String identifier(String text, int start) {
		int end = start;
		while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end)))) {
			end++;
		}
		return (end > start && Character.isJavaIdentifierStart(text.charAt(start))) ? text.substring(start, end) : "";
	}

	private static int skipSpaces(String text, int start) {
		int i = start;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
