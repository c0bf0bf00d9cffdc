package org.scfcodes.text;

import java.util.Locale;

/**
 * How names, codes and identifiers are looked up: without surrounding spaces, ignoring
 * case.
 */
public final class Keys {

	private Keys() {
	}

	/** The key a name is found by. */
	public static String of(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
