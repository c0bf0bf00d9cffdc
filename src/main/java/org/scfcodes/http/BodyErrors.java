package org.scfcodes.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with an unreadable body without naming any class of the service.
 */
final class BodyErrors {

	private static final String TYPE = "unreadable-body";

	private BodyErrors() {
	}

	static ProblemDetail describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson) {
			String field = jackson.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse(null);
			TokenStreamLocation location = jackson.getLocation();
			boolean located = location != null && location.getLineNr() > 0;
			String line = located ? String.valueOf(location.getLineNr()) : null;
			String column = located ? String.valueOf(location.getColumnNr()) : null;
			if (field != null) {
				return located
						? Problem.variantDetail(HttpStatus.BAD_REQUEST, TYPE, "json-field-at", field, line, column)
						: Problem.variantDetail(HttpStatus.BAD_REQUEST, TYPE, "json-field", field);
			}
			return located ? Problem.variantDetail(HttpStatus.BAD_REQUEST, TYPE, "json-at", line, column)
					: Problem.variantDetail(HttpStatus.BAD_REQUEST, TYPE, "json");
		}
		if (cause != null && cause.getMessage() != null && cause.getMessage().contains("body is missing")) {
			return Problem.variantDetail(HttpStatus.BAD_REQUEST, TYPE, "missing");
		}
		return Problem.detail(HttpStatus.BAD_REQUEST, TYPE);
	}

}
