package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A request target Tomcat refused for characters that were not percent-encoded (such as
 * UTF-8 words typed in a curl query), read back from Tomcat's refusal, which prints each
 * such byte as {@code 0xNN}: the target as it was meant, and as it should have been sent.
 */
record UnencodedTarget(String asTyped, String encoded) {

	private static final String MARK = "Invalid character found in the request target [";

	private static final String HEX = "0123456789abcdefABCDEF";

	/** The target of such a refusal, or {@code null} for any other refusal. */
	static @Nullable UnencodedTarget of(@Nullable Throwable refusal) {
		String message = (refusal != null) ? refusal.getMessage() : null;
		int start = (message != null) ? message.indexOf(MARK) : -1;
		int end = (start >= 0) ? message.indexOf(']', start + MARK.length()) : -1;
		if (end < 0) {
			return null;
		}
		String printed = message.substring(start + MARK.length(), end).strip();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < printed.length(); i++) {
			if (printed.startsWith("0x", i) && i + 4 <= printed.length() && HEX.indexOf(printed.charAt(i + 2)) >= 0
					&& HEX.indexOf(printed.charAt(i + 3)) >= 0) {
				bytes.write(Integer.parseInt(printed.substring(i + 2, i + 4), 16));
				i += 3;
			}
			else {
				bytes.write(printed.charAt(i) & 0xFF);
			}
		}
		byte[] target = bytes.toByteArray();
		StringBuilder encoded = new StringBuilder();
		for (byte b : target) {
			int c = b & 0xFF;
			if (c < 0x21 || c > 0x7E || "\"<>\\^`{|}".indexOf(c) >= 0) {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
			else {
				encoded.append((char) c);
			}
		}
		return new UnencodedTarget(new String(target, StandardCharsets.UTF_8), encoded.toString());
	}

}
