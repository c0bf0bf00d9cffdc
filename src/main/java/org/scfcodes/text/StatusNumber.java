package org.scfcodes.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An SCF invocation status, a number from 100 to 599, as the data files name one.
 */
public record StatusNumber(@JsonValue int value) {

	public StatusNumber {
		if (!isStatus(value)) {
			throw new IllegalArgumentException("must be a number from 100 to 599");
		}
	}

	/** Whether a number is a status: from 100 to 599. */
	public static boolean isStatus(int value) {
		return value >= 100 && value <= 599;
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static StatusNumber of(int value) {
		return new StatusNumber(value);
	}

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
