package org.scfcodes.handler;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of SCF function, which start differently.
 */
enum FunctionType {

	/** Event functions start from the handler. */
	EVENT,
	/** Web functions (API type HTTP) start from {@code scf_bootstrap} on port 9000. */
	WEB,
	/** Image functions start from the image's command on port 9000. */
	IMAGE;

	/**
	 * The type for a request value: event (default), web or http, image; {@code null}
	 * when unknown.
	 */
	static @Nullable FunctionType parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return EVENT;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "event" -> EVENT;
			case "web", "http" -> WEB;
			case "image" -> IMAGE;
			default -> null;
		};
	}

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
