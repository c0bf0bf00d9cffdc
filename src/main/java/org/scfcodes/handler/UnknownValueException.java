package org.scfcodes.handler;

import java.util.List;

import org.scfcodes.text.Printable;

/**
 * A validation request names a runtime or function type that does not exist; it says
 * which values are accepted.
 */
public final class UnknownValueException extends RuntimeException {

	private final String field;

	private final String value;

	private final List<String> accepted;

	UnknownValueException(String field, String value, List<String> accepted) {
		super("'" + Printable.of(value) + "' is not a " + field + " SCF accepts. Accepted: "
				+ String.join(", ", accepted) + " (any case).");
		this.field = field;
		this.value = value;
		this.accepted = List.copyOf(accepted);
	}

	/** The field: {@code runtime} or {@code function type}. */
	public String field() {
		return this.field;
	}

	public String value() {
		return this.value;
	}

	public List<String> accepted() {
		return this.accepted;
	}

}
