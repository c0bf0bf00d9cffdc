package org.scfcodes.page;

import java.util.Set;

import org.scfcodes.text.Labels;

/**
 * A number with its unit in words: the units written in words have a label in each
 * language ({@code page.unit.*}), the symbols (MB, GB…) read the same in both.
 */
final class Quantities {

	private static final Set<String> WORDED = Set.of("hours", "port", "containers/minute/region",
			"execution environments/10 seconds/function", "per minute per region");

	private Quantities() {
	}

	static String of(Labels labels, long value, String unit) {
		return WORDED.contains(unit) ? labels.get("page.unit." + unit, String.valueOf(value)) : value + " " + unit;
	}

}
