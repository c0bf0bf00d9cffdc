package org.scfcodes.lookup.web;

import java.util.List;
import java.util.OptionalInt;

import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.http.Problem;
import org.scfcodes.text.Printable;
import org.scfcodes.text.StatusNumber;

import org.springframework.http.HttpStatus;

/**
 * Reads a status code from a path, explaining what was expected when it is not one.
 */
final class StatusParameter {

	private static final int MAX_DIGITS = 9;

	private StatusParameter() {
	}

	/**
	 * The number a text is, digits alone and few enough to be one, or empty.
	 */
	static OptionalInt number(String text) {
		if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(text));
	}

	static int parse(String value, CodeCatalog catalog) {
		String text = value;
		OptionalInt parsed = number(text);
		if (parsed.isEmpty()) {
			List<CodeRef> byName = (text.length() <= 100)
					? catalog.findByName(text).stream().map(StatusCode::ref).toList() : List.of();
			Problem problem = byName.isEmpty() ? Problem.of(HttpStatus.BAD_REQUEST, "invalid-status")
					: Problem.variant(HttpStatus.BAD_REQUEST, "invalid-status", "name", Printable.of(text),
							String.valueOf(byName.get(0).status()));
			throw problem.with("matches", byName);
		}
		int number = parsed.getAsInt();
		if (!StatusNumber.isStatus(number)) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "status-out-of-range", String.valueOf(number));
		}
		return number;
	}

}
