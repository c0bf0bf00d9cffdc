package org.scfcodes.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": the known names nearest a misspelt one by edit distance, compared as
 * {@link Keys}, each distance computed once.
 */
public final class Suggestions {

	/** Longer input is not compared: no known name is anywhere near this long. */
	private static final int MAX_LENGTH = 100;

	private Suggestions() {
	}

	/** The known names nearest the wanted one, nearest first, then by key. */
	public static List<String> nearest(String wanted, Collection<String> known, int limit) {
		return ranked(wanted, known, false).stream().limit(limit).map(Ranked::name).toList();
	}

	/**
	 * The known names close to the wanted one: within a third of their length (at least
	 * two edits), or, for four or more characters, containing it or contained in it
	 * (counted as one edit away); nearest first, then by key.
	 */
	public static List<String> close(String wanted, Collection<String> known) {
		return ranked(wanted, known, true).stream().map(Ranked::name).toList();
	}

	private static List<Ranked> ranked(String wanted, Collection<String> known, boolean closeOnly) {
		String key = Keys.of(wanted);
		if (key.isEmpty() || key.length() > MAX_LENGTH) {
			return List.of();
		}
		List<Ranked> ranked = new ArrayList<>();
		for (String name : known) {
			String candidate = Keys.of(name);
			int distance = EditDistance.between(key, candidate);
			if (closeOnly) {
				boolean contained = key.length() >= 4 && (candidate.contains(key) || key.contains(candidate));
				if (distance > Math.max(2, candidate.length() / 3) && !contained) {
					continue;
				}
				distance = contained ? Math.min(distance, 1) : distance;
			}
			ranked.add(new Ranked(name, candidate, distance));
		}
		ranked.sort(Comparator.comparingInt(Ranked::distance).thenComparing(Ranked::key).thenComparing(Ranked::name));
		return ranked;
	}

	private record Ranked(String name, String key, int distance) {
	}

}
