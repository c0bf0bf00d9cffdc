package org.scfcodes.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who has to act to resolve a status code.
 */
public enum Actor {

	CALLER("caller"), FUNCTION_CODE("function-code"), FUNCTION_CONFIGURATION("function-configuration"),
	ACCOUNT("account"), PLATFORM("platform");

	private final String id;

	Actor(String id) {
		this.id = id;
	}

	@JsonValue
	public String id() {
		return this.id;
	}

}
