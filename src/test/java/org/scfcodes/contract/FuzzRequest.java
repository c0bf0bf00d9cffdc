package org.scfcodes.contract;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A request as it goes on the wire: its request target exactly as sent (percent-encoding
 * and all), its header lines, and its body, as UTF-8 text or, when it is not text, in
 * Base64, sent {@code bodyRepeat} times over (once when 0), so that a body over the size
 * limit stays short in a committed case. A body sent after the headers reaches the server
 * in a write of its own, as urllib3 and many other clients send it.
 */
record FuzzRequest(String method, String target, List<String> headers, String body, String bodyBase64, int bodyRepeat,
		boolean bodyAfterHeaders) {

	static FuzzRequest of(String method, String target, List<String> headers, byte[] body, int repeat,
			boolean bodyAfterHeaders) {
		if (body == null) {
			return new FuzzRequest(method, target, headers, null, null, 0, false);
		}
		String text = new String(body, StandardCharsets.UTF_8);
		boolean isText = java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), body);
		return new FuzzRequest(method, target, headers, isText ? text : null,
				isText ? null : Base64.getEncoder().encodeToString(body), repeat, bodyAfterHeaders);
	}

	/** The body's bytes, or {@code null} without a body. */
	byte[] bodyBytes() {
		byte[] once = (this.bodyBase64 != null) ? Base64.getDecoder().decode(this.bodyBase64)
				: (this.body != null) ? this.body.getBytes(StandardCharsets.UTF_8) : null;
		if (once == null || this.bodyRepeat <= 1) {
			return once;
		}
		byte[] all = new byte[once.length * this.bodyRepeat];
		for (int i = 0; i < this.bodyRepeat; i++) {
			System.arraycopy(once, 0, all, i * once.length, once.length);
		}
		return all;
	}

	/** The first value of a header, or {@code null}. */
	String header(String name) {
		String prefix = name.toLowerCase(Locale.ROOT) + ":";
		for (String line : this.headers) {
			if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return line.substring(prefix.length()).strip();
			}
		}
		return null;
	}

	/** The path of the target, still encoded. */
	String rawPath() {
		int query = this.target.indexOf('?');
		return (query < 0) ? this.target : this.target.substring(0, query);
	}

	/** The query of the target, still encoded, or {@code null}. */
	String rawQuery() {
		int query = this.target.indexOf('?');
		return (query < 0) ? null : this.target.substring(query + 1);
	}

	/** The same request with another method, as sent to compare a HEAD with its GET. */
	FuzzRequest withMethod(String other) {
		return new FuzzRequest(other, this.target, this.headers, this.body, this.bodyBase64, this.bodyRepeat,
				this.bodyAfterHeaders);
	}

	@Override
	public String toString() {
		byte[] bytes = bodyBytes();
		String shown = (this.body != null && this.bodyRepeat <= 1) ? abbreviate(this.body)
				: (bytes != null) ? bytes.length + " bytes" : "";
		return this.method + " " + this.target + " " + this.headers + (shown.isEmpty() ? "" : " body: " + shown)
				+ (this.bodyAfterHeaders ? " (body after the headers)" : "");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
	}

}
