package org.scfcodes.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An SCF invocation status, a number from 100 to 599, as the data files name one.
 */
public record StatusNumber(@JsonValue int value) {

	public StatusNumber {
		if (value < 100 || value > 599) {
			throw new IllegalArgumentException("must be a number from 100 to 599");
		}
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
