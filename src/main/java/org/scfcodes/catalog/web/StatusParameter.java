package org.scfcodes.catalog.web;

import java.util.List;

import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.http.Problem;
import org.scfcodes.text.Printable;

import org.springframework.http.HttpStatus;

/**
 * Reads a status code from a path, explaining what was expected when it is not one.
 */
final class StatusParameter {

	private static final int MAX_DIGITS = 9;

	private StatusParameter() {
	}

	static int parse(String value, CodeCatalog catalog) {
		String text = value;
		if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			List<CodeRef> byName = (text.length() <= 100)
					? catalog.findByName(text).stream().map(StatusCode::ref).toList() : List.of();
			Problem problem = byName.isEmpty() ? Problem.of(HttpStatus.BAD_REQUEST, "invalid-status")
					: Problem.variant(HttpStatus.BAD_REQUEST, "invalid-status", "name", Printable.of(text),
							String.valueOf(byName.get(0).status()));
			throw problem.with("matches", byName);
		}
		int number = Integer.parseInt(text);
		if (number < 100 || number > 599) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "status-out-of-range", String.valueOf(number));
		}
		return number;
	}

}
