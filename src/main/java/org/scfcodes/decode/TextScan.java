package org.scfcodes.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of key and phrase searches over a pasted text. Every search is {@code indexOf}
 * over the text followed by a bounded look at what comes after the match: no regular
 * expressions, linear in the text's size.
 */
final class TextScan {

	private static final int MAX_VALUE = 2000;

	private static final int MAX_HITS = 100;

	private static final String GO_PERCENT_D = "%!d(string=";

	/** No API error code is longer than this. */
	private static final int MAX_CODE = 120;

	/** How far back on its line a code field's printed form is looked for. */
	private static final int LOOK_BACK = 200;

	private final String text;

	private final String lower;

	private final int[] lineStarts;

	TextScan(String text) {
		this.text = text;
		this.lower = lowerCase(text);
		this.lineStarts = lineStarts(text);
	}

	/**
	 * A status code in a field such as {@code "statusCode":433} or
	 * {@code SCF_StatusCode: 433}.
	 */
	record StatusHit(int status, Evidence evidence) {
	}

	List<StatusHit> statusFields() {
		List<StatusHit> hits = new ArrayList<>();
		for (int at : occurrences("statuscode")) {
			int start = keyStart(at);
			int value = skipSeparators(at + "statuscode".length());
			int end = value;
			while (end < this.text.length() && end - value < 4 && Character.isDigit(this.text.charAt(end))) {
				end++;
			}
			if (end - value == 3 && (end == this.text.length() || !Character.isDigit(this.text.charAt(end)))) {
				int status = Integer.parseInt(this.text.substring(value, end));
				if (status >= 100 && status <= 599) {
					hits.add(new StatusHit(status, evidence("status-field", start, end)));
				}
			}
		}
		return hits;
	}

	/**
	 * An API error code in the field of an SDK's printed error or of the API's error
	 * answer.
	 */
	record CodeHit(String code, Evidence evidence) {
	}

	/**
	 * API error codes in a {@code code}/{@code Code} field: the Python and Java SDKs'
	 * {@code code:X} (tccli prints the Python form), the Go SDK's {@code Code=X} (the
	 * Terraform provider prints it), the API's {@code "Code":"X"}. The evidence kind says
	 * which form, from what precedes the field on its line.
	 */
	List<CodeHit> apiErrorFields() {
		List<CodeHit> hits = new ArrayList<>();
		for (int at : occurrences("code")) {
			if (at > 0 && Character.isLetterOrDigit(this.text.charAt(at - 1))) {
				continue; // statusCode, errorCode, …
			}
			int value = skipSeparators(at + "code".length());
			if (value == at + "code".length() || value >= this.text.length()
					|| !isUpperAscii(this.text.charAt(value))) {
				continue;
			}
			int end = value;
			while (end < this.text.length() && end - value < MAX_CODE && isCodeChar(this.text.charAt(end))) {
				end++;
			}
			while (end > value && this.text.charAt(end - 1) == '.') {
				end--;
			}
			int start = (at > 0 && this.text.charAt(at - 1) == '"') ? at - 1 : at;
			hits.add(new CodeHit(this.text.substring(value, end), evidence(form(at), start, end)));
		}
		return hits;
	}

	/** Which printed form a code field belongs to, from what precedes it on its line. */
	private String form(int at) {
		int lineStart = this.lineStarts[line(at)];
		int from = Math.max(lineStart, at - LOOK_BACK);
		String before = this.text.substring(from, at);
		if (before.contains("[TencentCloudSDKError]")) {
			return "sdk-error";
		}
		if (before.contains("[TencentCloudSDKException]")) {
			return "sdk-exception";
		}
		return before.contains("\"Error\"") ? "api-response" : "code-field";
	}

	/** Where a phrase appears, ignoring case. */
	List<Evidence> phrase(String phrase, String kind) {
		List<Evidence> found = new ArrayList<>();
		String needle = lowerCase(phrase);
		for (int at : occurrences(needle)) {
			found.add(evidence(kind, at, at + needle.length()));
		}
		return found;
	}

	/**
	 * Where a name appears as a whole word, with its exact case, not followed by a dot
	 * (an API error code).
	 */
	List<Evidence> word(String name) {
		List<Evidence> found = new ArrayList<>();
		int from = 0;
		int at;
		while (found.size() < MAX_HITS && (at = this.text.indexOf(name, from)) >= 0) {
			int end = at + name.length();
			boolean before = at == 0 || !Character.isLetterOrDigit(this.text.charAt(at - 1));
			boolean after = end == this.text.length()
					|| (!Character.isLetterOrDigit(this.text.charAt(end)) && this.text.charAt(end) != '.');
			if (before && after) {
				found.add(evidence("name", at, end));
			}
			from = end;
		}
		return found;
	}

	List<String> requestIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (int at : occurrences("requestid")) {
			int value = skipSeparators(at + "requestid".length());
			if (this.text.startsWith(GO_PERCENT_D, value)) {
				value += GO_PERCENT_D.length(); // the oldest Go SDK printed the id with
												// %d: %!d(string=…)
			}
			int end = value;
			while (end < this.text.length() && end - value < 128 && isIdChar(this.text.charAt(end))) {
				end++;
			}
			if (end - value >= 4) {
				ids.add(this.text.substring(value, end));
			}
		}
		return List.copyOf(ids);
	}

	List<String> errorMessages() {
		Set<String> messages = new LinkedHashSet<>();
		for (int at : occurrences("errormessage")) {
			int value = skipSeparators(at + "errormessage".length());
			if (value > 0 && value <= this.text.length() && this.text.charAt(value - 1) == '"') {
				messages.add(quoted(value));
			}
		}
		return List.copyOf(messages);
	}

	List<Measurement> durations() {
		List<Measurement> found = new ArrayList<>();
		for (int at : occurrences("timed out after ")) {
			String number = number(at + "timed out after ".length());
			if (!number.isEmpty()) {
				found.add(new Measurement("timed out after", number, "s"));
			}
		}
		for (int at : occurrences("duration")) {
			int start = keyStart(at);
			int value = skipSeparators(at + "duration".length());
			String number = number(value);
			if (!number.isEmpty() && value > at + "duration".length()) {
				int unitStart = value + number.length();
				String unit = this.lower.startsWith("ms", unitStart) ? "ms"
						: this.lower.startsWith("s", unitStart) ? "s" : "ms";
				found.add(new Measurement(this.text.substring(start, at + "duration".length()), number, unit));
			}
		}
		return found;
	}

	private List<Integer> occurrences(String needle) {
		List<Integer> found = new ArrayList<>();
		int from = 0;
		int at;
		while (found.size() < MAX_HITS && (at = this.lower.indexOf(needle, from)) >= 0) {
			found.add(at);
			from = at + needle.length();
		}
		return found;
	}

	/**
	 * The start of the identifier a match ends, so that {@code SCF_StatusCode} is quoted
	 * whole.
	 */
	private int keyStart(int at) {
		int start = at;
		while (start > 0 && at - start < 32 && isKeyChar(this.text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** Skips what stands between a key and its value: quotes, spaces, ':' or '='. */
	private int skipSeparators(int from) {
		int i = from;
		while (i < this.text.length() && i - from < 8 && " \t\"':=".indexOf(this.text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private String number(int from) {
		int end = from;
		while (end < this.text.length() && end - from < 20
				&& (Character.isDigit(this.text.charAt(end)) || (this.text.charAt(end) == '.' && end > from))) {
			end++;
		}
		return (end > from && this.text.charAt(end - 1) == '.') ? this.text.substring(from, end - 1)
				: this.text.substring(from, end);
	}

	private String quoted(int from) {
		StringBuilder value = new StringBuilder();
		for (int i = from; i < this.text.length() && value.length() < MAX_VALUE; i++) {
			char c = this.text.charAt(i);
			if (c == '"') {
				break;
			}
			if (c == '\\' && i + 1 < this.text.length()) {
				char next = this.text.charAt(++i);
				value.append((next == 'n') ? '\n' : (next == 't') ? '\t' : next);
			}
			else {
				value.append(c);
			}
		}
		return value.toString();
	}

	private Evidence evidence(String kind, int start, int end) {
		int line = line(start);
		String snippet = this.text.substring(start, Math.min(end, start + 200));
		return new Evidence(kind, snippet, line + 1, start - this.lineStarts[line] + 1);
	}

	private int line(int offset) {
		int index = Arrays.binarySearch(this.lineStarts, offset);
		return (index >= 0) ? index : -index - 2;
	}

	/** Lower case char by char, so that offsets in the result are offsets in the text. */
	private static String lowerCase(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	private static boolean isKeyChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '"';
	}

	private static boolean isUpperAscii(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isCodeChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
	}

	private static boolean isIdChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

}
