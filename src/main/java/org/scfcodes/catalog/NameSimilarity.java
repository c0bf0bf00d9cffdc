package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scfcodes.text.EditDistance;

/**
 * Finds catalog names close to a misspelt one, by edit distance or by containment.
 */
final class NameSimilarity {

	/** Longer input is not compared: no status name is anywhere near this long. */
	private static final int MAX_LENGTH = 100;

	private NameSimilarity() {
	}

	static List<CodeRef> closest(String name, Map<String, List<StatusCode>> byName, int limit) {
		if (name.isEmpty() || name.length() > MAX_LENGTH) {
			return List.of();
		}
		record Candidate(String key, int distance) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (String key : byName.keySet()) {
			int distance = EditDistance.between(name, key);
			boolean contained = name.length() >= 4 && (key.contains(name) || name.contains(key));
			if (distance <= Math.max(2, key.length() / 3) || contained) {
				candidates.add(new Candidate(key, contained ? Math.min(distance, 1) : distance));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::key));
		Set<CodeRef> refs = new LinkedHashSet<>();
		for (Candidate candidate : candidates) {
			byName.get(candidate.key()).forEach((code) -> refs.add(code.ref()));
		}
		return refs.stream().limit(limit).toList();
	}

}
