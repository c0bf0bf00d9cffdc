package org.scfcodes.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * One pass of key and phrase searches over a pasted text. Every search is {@code indexOf}
 * over the text followed by a bounded look at what comes after the match: no regular
 * expressions, linear in the text's size.
 */
final class TextScan {

	private static final int MAX_VALUE = 2000;

	private static final int MAX_HITS = 100;

	private static final String GO_PERCENT_D = "%!d(string=";

	/**
	 * The keys a request id follows: {@code RequestId}, and the old Java SDK's
	 * {@code request id:}.
	 */
	private static final List<String> REQUEST_ID_KEYS = List.of("requestid", "request id", "request_id");

	/** No API error code is longer than this. */
	private static final int MAX_CODE = 120;

	/** How far back on its line a code field's printed form is looked for. */
	private static final int LOOK_BACK = 200;

	/**
	 * Keys besides {@code statusCode} that a status number follows in a text about SCF.
	 */
	private static final List<String> STATUS_KEYS = List.of("errno", "status code", "status", "返回", "状态码");

	/** Words that make a text one about SCF. */
	private static final List<String> SCF_WORDS = List.of("scf", "云函数", "serverless", "cloud function", "cloudfunction",
			"cloudbase", "云开发", "tcb");

	/** Words of an API answer or an SDK's exception. */
	private static final List<String> API_WORDS = List.of("tencentcloudsdk", "\"response\"", "tccli", "service error",
			"api error", "sdkerror", "sdkexception", "terraform", "\"error\":{", "\"error\": {");

	/** Words of an invocation's result or log. */
	private static final List<String> INVOCATION_WORDS = List.of("statuscode", "errormessage", "start requestid",
			"report requestid", "end requestid", "scf_message", "invoking task");

	/** What labels a bare code on its line: {@code Error: X}, {@code 报错：X}. */
	private static final List<String> CODE_LABELS = List.of("error", "错误", "报错", "exception", "code", "错误码", "message");

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
			StatusHit hit = statusAfter(keyStart(at), at + "statuscode".length(), "status-field");
			if (hit != null) {
				hits.add(hit);
			}
		}
		return hits;
	}

	/**
	 * A status number after a key other than {@code statusCode}: {@code "errno":403},
	 * {@code status:405}, {@code status code 432}, {@code 返回432}; only the key's own word
	 * counts (not {@code http_status}, not {@code statusText}). Such keys name HTTP
	 * statuses as often as SCF's: the decoder weighs them with {@link #aboutScf()}.
	 */
	List<StatusHit> statusWords() {
		List<StatusHit> hits = new ArrayList<>();
		for (String key : STATUS_KEYS) {
			for (int at : occurrences(key)) {
				int after = at + key.length();
				boolean word = Character.isIdeographic(key.codePointAt(0))
						|| ((at == 0 || !isKeyChar(this.text.charAt(at - 1)) || this.text.charAt(at - 1) == '"')
								&& (after >= this.text.length() || !Character.isLetter(this.text.charAt(after))));
				StatusHit hit = word ? statusAfter(at, after, "status-word") : null;
				if (hit != null) {
					hits.add(hit);
				}
			}
		}
		return hits;
	}

	/**
	 * Whether the text is an API answer or an SDK's exception rather than an invocation's
	 * result or log: a name both kinds of code share is then the API error.
	 */
	boolean speaksApi() {
		return API_WORDS.stream().anyMatch(this.lower::contains)
				&& INVOCATION_WORDS.stream().noneMatch(this.lower::contains);
	}

	/**
	 * Whether the text speaks of SCF: only then is a bare {@code status} an SCF status.
	 */
	boolean aboutScf() {
		return SCF_WORDS.stream().anyMatch(this.lower::contains);
	}

	private @Nullable StatusHit statusAfter(int start, int afterKey, String kind) {
		int value = skipSeparators(afterKey);
		int end = value;
		while (end < this.text.length() && end - value < 4 && Character.isDigit(this.text.charAt(end))) {
			end++;
		}
		if (end - value == 3 && (end == this.text.length() || !Character.isDigit(this.text.charAt(end)))) {
			int status = Integer.parseInt(this.text.substring(value, end));
			if (status >= 100 && status <= 599) {
				return new StatusHit(status, evidence(kind, start, end));
			}
		}
		return null;
	}

	/**
	 * An API error code in the field of an SDK's printed error or of the API's error
	 * answer.
	 */
	record CodeHit(String code, boolean separated, Evidence evidence) {
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
			int key = at + "code".length();
			int value = skipSeparators(key);
			boolean separated = isSeparated(key, value);
			if (separated) {
				value = skipSeparators(skipLineBreak(value)); // "Code":\n
																// "FailedOperation.X"
			}
			if (value == key || value >= this.text.length() || !isUpperAscii(this.text.charAt(value))) {
				continue;
			}
			int end = codeEnd(value);
			if (end < this.text.length() && this.text.charAt(end) == '_') {
				continue; // CloudBase's codes (OPERATION_FAIL) are not API error codes
			}
			int start = (at > 0 && this.text.charAt(at - 1) == '"') ? at - 1 : at;
			hits.add(new CodeHit(trimDots(this.text.substring(value, end)), separated, evidence(form(at), start, end)));
		}
		return hits;
	}

	/**
	 * Words shaped as API error codes anywhere in the text ({@code FailedOperation.X},
	 * {@code ResourceNotFound}): an upper-case ASCII letter first, then letters, digits
	 * and single dots, with a lower-case letter somewhere, not part of a longer
	 * identifier; a code broken after a dot at a line's end is read across the break.
	 * Only the words the decoder wants count (up to {@value #MAX_HITS} of them).
	 * {@code codeLike} tells whether it stands where a code is printed: alone on its
	 * line, after a label such as {@code Error:} or {@code 报错}, or glued to its message
	 * by {@code -} or {@code :}.
	 */
	record BareCode(String code, boolean codeLike, Evidence evidence) {
	}

	List<BareCode> bareCodes(Predicate<String> wanted) {
		List<BareCode> found = new ArrayList<>();
		int i = 0;
		int length = this.text.length();
		while (i < length && found.size() < MAX_HITS) {
			char c = this.text.charAt(i);
			boolean starts = isUpperAscii(c) && (i == 0 || !isIdentifierChar(this.text.charAt(i - 1)));
			if (!starts) {
				i++;
				continue;
			}
			StringBuilder code = new StringBuilder();
			int end = i;
			int last = i;
			while (end < length && code.length() < MAX_CODE) {
				char d = this.text.charAt(end);
				if (isCodeChar(d) && !(d == '.' && code.length() > 0 && code.charAt(code.length() - 1) == '.')) {
					code.append(d);
					end++;
					last = end;
				}
				else if (code.length() > 0 && code.charAt(code.length() - 1) == '.' && (d == '\n' || d == '\r')) {
					int next = end;
					while (next < length && next - end < 8 && Character.isWhitespace(this.text.charAt(next))) {
						next++;
					}
					if (next < length && isUpperAscii(this.text.charAt(next))) {
						end = next; // FailedOperation.\n UpdateFunctionConfiguration
					}
					else {
						break;
					}
				}
				else {
					break;
				}
			}
			boolean glued = end < length && (isIdentifierChar(this.text.charAt(end)) && this.text.charAt(end) != '-');
			String value = trimDots(code.toString());
			if (!glued && hasLowerCase(value) && wanted.test(value)) {
				int stop = last - (code.length() - value.length()); // without the
																	// trailing dots
				found.add(new BareCode(value, codeLike(i, stop), evidence("bare-code", i, stop)));
			}
			i = Math.max(end, i + 1);
		}
		return found;
	}

	/** Alone on its line (quotes and punctuation aside), or after a label on its line. */
	private boolean codeLike(int start, int end) {
		int line = line(start);
		int lineStart = this.lineStarts[line];
		String before = this.lower.substring(Math.max(lineStart, start - LOOK_BACK), start).strip();
		before = strip(before, " \t`'\"*:：=,，[(（");
		int lineEnd = end;
		while (lineEnd < this.text.length() && lineEnd - end < LOOK_BACK && this.text.charAt(lineEnd) != '\n') {
			lineEnd++;
		}
		String after = this.text.substring(end, lineEnd).strip();
		if (before.isEmpty() && (after.isEmpty() || strip(after, " \t`'\"*.。,，:：)]）").isEmpty())) {
			return true;
		}
		if (after.length() > 1 && ":-：".indexOf(after.charAt(0)) >= 0 && !Character.isWhitespace(after.charAt(1))
				&& end < this.text.length() && ":-：".indexOf(this.text.charAt(end)) >= 0) {
			return true; // the code then its message: X-You are not authorized…,
							// X:请求签名验证失败
		}
		return CODE_LABELS.stream().anyMatch(before::endsWith);
	}

	private static String strip(String text, String chars) {
		int from = 0;
		int to = text.length();
		while (from < to && chars.indexOf(text.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && chars.indexOf(text.charAt(to - 1)) >= 0) {
			to--;
		}
		return text.substring(from, to);
	}

	private static boolean hasLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
				return true;
			}
		}
		return false;
	}

	private int codeEnd(int value) {
		int end = value;
		while (end < this.text.length() && end - value < MAX_CODE && isCodeChar(this.text.charAt(end))) {
			end++;
		}
		return end;
	}

	private int skipLineBreak(int from) {
		int i = from;
		while (i < this.text.length() && i - from < 8 && Character.isWhitespace(this.text.charAt(i))) {
			i++;
		}
		return (this.text.substring(from, i).indexOf('\n') >= 0) ? i : from;
	}

	private boolean isSeparated(int from, int to) {
		String between = this.text.substring(from, to);
		return between.indexOf(':') >= 0 || between.indexOf('=') >= 0;
	}

	private static String trimDots(String code) {
		int end = code.length();
		while (end > 0 && code.charAt(end - 1) == '.') {
			end--;
		}
		return code.substring(0, end);
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
	 * Where a name appears as a whole word, with its exact case, not a part of a dotted
	 * API error code: neither after a dot nor before a dot that a letter or digit follows
	 * (a full stop ends a sentence).
	 */
	List<Evidence> word(String name) {
		List<Evidence> found = new ArrayList<>();
		int from = 0;
		int at;
		while (found.size() < MAX_HITS && (at = this.text.indexOf(name, from)) >= 0) {
			int end = at + name.length();
			boolean before = at == 0
					|| (!Character.isLetterOrDigit(this.text.charAt(at - 1)) && this.text.charAt(at - 1) != '.');
			boolean after = end == this.text.length()
					|| (!Character.isLetterOrDigit(this.text.charAt(end)) && (this.text.charAt(end) != '.'
							|| end + 1 == this.text.length() || !Character.isLetterOrDigit(this.text.charAt(end + 1))));
			if (before && after) {
				found.add(evidence("name", at, end));
			}
			from = end;
		}
		return found;
	}

	List<String> requestIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (String key : REQUEST_ID_KEYS) {
			for (int at : occurrences(key)) {
				String id = requestId(at + key.length());
				if (id != null) {
					ids.add(id);
				}
			}
		}
		return List.copyOf(ids);
	}

	/**
	 * The id after a request id key, cut where a word glued to it begins: ids are in one
	 * case, so the first letter of the other case ({@code …4847Report}, {@code …4847END}
	 * when a copy lost its line breaks) ends it.
	 */
	private @Nullable String requestId(int afterKey) {
		{
			int value = skipSeparators(afterKey);
			if (this.text.startsWith(GO_PERCENT_D, value)) {
				value += GO_PERCENT_D.length(); // the oldest Go SDK printed the id with
												// %d: %!d(string=…)
			}
			int end = value;
			int letterCase = 0;
			while (end < this.text.length() && end - value < 128 && isIdChar(this.text.charAt(end))) {
				char c = this.text.charAt(end);
				int thisCase = Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? -1 : 0;
				if (thisCase != 0 && letterCase != 0 && thisCase != letterCase && end - value >= 4) {
					break;
				}
				letterCase = (letterCase == 0) ? thisCase : letterCase;
				end++;
			}
			return (end - value >= 4) ? this.text.substring(value, end) : null;
		}
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

	private static boolean isIdentifierChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
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
