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
			String hint = byName.isEmpty()
					? " To find a code by its name, use /codes?name=<name>; to search, /codes?q=<words>."
					: " '" + Printable.of(text) + "' is a name: it is status " + byName.get(0).status() + " (/codes/"
							+ byName.get(0).status() + ").";
			throw Problem
				.of(HttpStatus.BAD_REQUEST, "invalid-status", "Not a status code",
						"Expected a status code: a number from 100 to 599, such as 433." + hint)
				.with("matches", byName);
		}
		int number = parsed.getAsInt();
		if (!StatusNumber.isStatus(number)) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "status-out-of-range", "Status code out of range",
					"Expected a status code from 100 to 599, such as 433; got " + number + ".");
		}
		return number;
	}

}
