package org.scfcodes.handler;

import java.util.Arrays;
import java.util.List;

/**
 * Checks a handler string against the API's rule text and the form its runtime expects,
 * and derives what it names. Where the sources disagree it warns instead of refusing: it
 * is never stricter than the platform.
 */
final class HandlerSyntax {

	private static final int MAX_LENGTH = 60;

	private HandlerSyntax() {
	}

	/**
	 * The parts the handler names (or {@code null}), with findings added; returns the
	 * corrected handler too.
	 */
	static Result check(Runtime runtime, String handler, Findings findings) {
		String candidate = handler;
		if (candidate.chars().anyMatch(Character::isWhitespace)) {
			candidate = candidate.replaceAll("\\s+", "");
			findings.add(Rule.WHITESPACE, candidate);
		}
		int slash = Math.max(candidate.lastIndexOf('/'), candidate.lastIndexOf('\\'));
		if (slash >= 0) {
			candidate = candidate.substring(slash + 1);
			findings.add(Rule.PATH_SEPARATOR, candidate);
		}
		if (candidate.isEmpty()) {
			findings.add(Rule.EMPTY, runtime.exampleHandler());
			return new Result(null, runtime.exampleHandler());
		}
		boolean java = runtime.form() == Runtime.Form.JAVA_METHOD;
		int invalid = firstInvalid(candidate, java);
		if (invalid >= 0) {
			String found = new String(Character.toChars(candidate.codePointAt(invalid)));
			candidate = candidate.codePoints()
				.filter((c) -> allowed(c, java))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
			findings.add(Rule.CHARACTERS, candidate.isEmpty() ? null : candidate, "found", found);
		}
		characterRules(candidate, findings);
		candidate = trimEnd(candidate);
		return switch (runtime.form()) {
			case BINARY -> binary(candidate, findings);
			case FILE_FUNCTION -> fileFunction(runtime, candidate, findings);
			case JAVA_METHOD -> javaMethod(candidate, findings);
			case FREE -> {
				findings.add(Rule.CUSTOM_RUNTIME, null);
				yield new Result(HandlerParts.file("bootstrap", null), candidate);
			}
		};
	}

	/** What the handler names and the handler with the fixes the findings suggest. */
	record Result(HandlerParts parts, String corrected) {
	}

	private static void characterRules(String handler, Findings findings) {
		if (handler.isEmpty()) {
			return;
		}
		if (!isLetter(handler.charAt(0))) {
			findings.add(Rule.FIRST_CHARACTER, null);
		}
		char last = handler.charAt(handler.length() - 1);
		if (last == '-' || last == '_') {
			findings.add(Rule.LAST_CHARACTER, trimEnd(handler));
		}
		else if (Character.isDigit(last)) {
			findings.add(Rule.FINAL_DIGIT, null);
		}
		if (handler.length() < 2) {
			findings.add(Rule.TOO_SHORT, null, "length", String.valueOf(handler.length()));
		}
		List<String> segments = Arrays.stream(handler.split("::|\\.")).filter((s) -> !s.isEmpty()).toList();
		String longSegment = segments.stream().filter((s) -> s.length() > MAX_LENGTH).findFirst().orElse(null);
		if (longSegment != null) {
			findings.add(Rule.SEGMENT_TOO_LONG, null, "segment", longSegment, "length",
					String.valueOf(longSegment.length()));
		}
		else if (handler.length() > MAX_LENGTH) {
			findings.add(Rule.LENGTH_AMBIGUOUS, null, "length", String.valueOf(handler.length()));
		}
		segments.stream()
			.skip(1)
			.filter((segment) -> !isLetter(segment.charAt(0)))
			.findFirst()
			.ifPresent((segment) -> findings.add(Rule.SEGMENT_START, null, "segment", segment));
	}

	private static Result binary(String handler, Findings findings) {
		int separator = indexOfSeparator(handler);
		if (separator >= 0) {
			String binary = handler.substring(0, separator);
			findings.add(Rule.FORM_GO, binary.isEmpty() ? "main" : binary);
			return new Result(HandlerParts.file(binary, null), binary.isEmpty() ? "main" : binary);
		}
		return new Result(HandlerParts.file(handler, null), handler);
	}

	private static Result fileFunction(Runtime runtime, String handler, Findings findings) {
		String bareSuffix = runtime.entrySuffix().substring(1);
		List<String> parts = Arrays.asList(handler.split("\\.", -1));
		if (parts.size() == 1) {
			String suggestion = handler.contains("handler") ? "index." + handler : handler + ".main_handler";
			findings.add(Rule.FORM_MISSING_FUNCTION, suggestion);
			return new Result(HandlerParts.file(handler + runtime.entrySuffix(), null), suggestion);
		}
		if (parts.size() == 2 && parts.get(1).equals(bareSuffix)) {
			String suggestion = parts.get(0) + ".main_handler";
			findings.add(Rule.FILE_SUFFIX, suggestion, "file", handler, "suggestion", suggestion);
			return new Result(HandlerParts.file(handler, null), suggestion);
		}
		if (parts.size() == 3 && parts.get(1).equals(bareSuffix)) {
			String suggestion = parts.get(0) + "." + parts.get(2);
			findings.add(Rule.FILE_SUFFIX, suggestion, "file", parts.get(0) + runtime.entrySuffix(), "suggestion",
					suggestion);
			return new Result(HandlerParts.file(parts.get(0) + runtime.entrySuffix(), parts.get(2)), suggestion);
		}
		if (parts.size() > 2) {
			String suggestion = parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
			findings.add(Rule.FORM_TOO_MANY_PARTS, suggestion, "parts", String.valueOf(parts.size()));
			return new Result(
					HandlerParts.file(parts.get(parts.size() - 2) + runtime.entrySuffix(), parts.get(parts.size() - 1)),
					suggestion);
		}
		if (parts.get(1).isEmpty()) {
			String suggestion = parts.get(0) + ".main_handler";
			findings.add(Rule.FORM_MISSING_FUNCTION, suggestion);
			return new Result(HandlerParts.file(parts.get(0) + runtime.entrySuffix(), null), suggestion);
		}
		return new Result(HandlerParts.file(parts.get(0) + runtime.entrySuffix(), parts.get(1)), handler);
	}

	private static Result javaMethod(String handler, Findings findings) {
		int separator = handler.indexOf("::");
		if (separator < 0) {
			int colon = handler.indexOf(':');
			int dot = handler.lastIndexOf('.');
			String suggestion = (colon >= 0) ? handler.replaceFirst(":+", "::")
					: (dot > 0) ? handler.substring(0, dot) + "::" + handler.substring(dot + 1) : null;
			findings.add((suggestion != null) ? Rule.JAVA_SEPARATOR : Rule.FORM_JAVA,
					(suggestion != null) ? suggestion : "example.Hello::mainHandler");
			return (suggestion != null) ? javaParts(suggestion, findings, false) : new Result(null, null);
		}
		return javaParts(handler, findings, true);
	}

	private static Result javaParts(String handler, Findings findings, boolean report) {
		int separator = handler.indexOf("::");
		String type = handler.substring(0, separator);
		String method = handler.substring(separator + 2);
		if (type.isEmpty() || method.isEmpty() || method.contains(":") || method.contains(".") || type.endsWith(".")
				|| type.contains("..") || type.contains(":")) {
			if (report) {
				findings.add(Rule.FORM_JAVA, null);
			}
			return new Result(null, null);
		}
		int dot = type.lastIndexOf('.');
		if (dot < 0 && report) {
			findings.add(Rule.JAVA_DEFAULT_PACKAGE, null);
		}
		String javaPackage = (dot < 0) ? "" : type.substring(0, dot);
		return new Result(HandlerParts.java(javaPackage, type.substring(dot + 1), method), handler);
	}

	private static String trimEnd(String handler) {
		int end = handler.length();
		while (end > 0 && (handler.charAt(end - 1) == '-' || handler.charAt(end - 1) == '_')) {
			end--;
		}
		return handler.substring(0, end);
	}

	private static int indexOfSeparator(String handler) {
		int dot = handler.indexOf('.');
		int colon = handler.indexOf(':');
		return (dot < 0) ? colon : (colon < 0) ? dot : Math.min(dot, colon);
	}

	private static int firstInvalid(String handler, boolean java) {
		for (int i = 0; i < handler.length(); i = handler.offsetByCodePoints(i, 1)) {
			if (!allowed(handler.codePointAt(i), java)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean allowed(int c, boolean java) {
		return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || (java && c == ':');
	}

	private static boolean isLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
