package org.scfcodes.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with an unreadable body without naming any class of the service.
 */
final class BodyErrors {

	private BodyErrors() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson) {
			String field = jackson.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.map((path) -> " at field '" + path + "'")
				.orElse("");
			TokenStreamLocation location = jackson.getLocation();
			String where = (location != null && location.getLineNr() > 0)
					? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
			return "The body is not the JSON this endpoint expects" + field + where + ".";
		}
		if (cause != null && cause.getMessage() != null && cause.getMessage().contains("body is missing")) {
			return "The request body is missing.";
		}
		return "The request body could not be read.";
	}

}
