package org.scfcodes.http;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The checks of query parameters that every lookup shares, refused as problems.
 */
public final class Parameters {

	private Parameters() {
	}

	/** The value of a parameter that was given, which must not be blank. */
	public static String notBlank(String value, String parameter) {
		if (value.isBlank()) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "empty-parameter", parameter);
		}
		return value;
	}

	/** Refuses a request that gives two parameters of which only one makes sense. */
	public static void notBoth(String first, @Nullable Object firstValue, String second, @Nullable Object secondValue) {
		if (firstValue != null && secondValue != null) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "conflicting-parameters", first, second);
		}
	}

}
