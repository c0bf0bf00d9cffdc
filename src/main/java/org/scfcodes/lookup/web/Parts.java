package org.scfcodes.lookup.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.scfcodes.http.Problem;
import org.scfcodes.text.Printable;

import org.springframework.http.HttpStatus;

/**
 * What a code's answer holds beyond its short form, as {@code include=} names it: a
 * comma-separated list of parts, or {@code all}.
 */
enum Parts {

	/** Every official text quoted, with every revision it comes from. */
	OFFICIAL,
	/** The retry pages' rules, quoted. */
	RETRY,
	/** Causes, numbers, messages, recycling, notes and other spellings. */
	DETAILS,
	/** What the status is called on other platforms. */
	EQUIVALENTS;

	/** The values {@code include=} takes, as the contract lists them. */
	static final String ALLOWED = "official, retry, details, equivalents or all, comma-separated";

	/** The part as {@code include=} names it. */
	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The parts asked for: none when {@code include} is absent. */
	static Set<Parts> of(@Nullable String include) {
		Set<Parts> parts = EnumSet.noneOf(Parts.class);
		if (include == null) {
			return parts;
		}
		for (String name : include.split(",", -1)) {
			// as the contract lists them: exactly, in lower case, with no space
			String wanted = name;
			if (wanted.equals("all")) {
				parts.addAll(EnumSet.allOf(Parts.class));
				continue;
			}
			Parts part = Arrays.stream(values()).filter((known) -> known.id().equals(wanted)).findFirst().orElse(null);
			if (part == null) {
				throw Problem.of(HttpStatus.BAD_REQUEST, "unknown-include", known(), Printable.of(name))
					.with("known", known());
			}
			parts.add(part);
		}
		return parts;
	}

	/** Every value {@code include=} takes. */
	static List<String> known() {
		return Stream.concat(Arrays.stream(values()).map(Parts::id), Stream.of("all")).toList();
	}

	/** The parts in a stable order, for cache keys. */
	static String key(Set<Parts> parts) {
		return parts.stream().map(Parts::id).collect(Collectors.joining(","));
	}

}
