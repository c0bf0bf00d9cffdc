package org.scfcodes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Full-text search over entries' fields, in both languages: every word of a query must
 * appear, and an entry scores, for each word, the weight of the heaviest field it appears
 * in; best scores first.
 *
 * @param <T> the entries searched
 */
public final class WordSearch<T> {

	private final List<Indexed<T>> index;

	private final int[] weights;

	private final Comparator<T> ties;

	/**
	 * @param entries the entries, in any order
	 * @param fields an entry's searched texts, in falling order of weight, each field as
	 * its texts
	 * @param weights the weight of each field
	 * @param ties the order of entries of equal score
	 */
	public WordSearch(List<T> entries, Function<T, List<Stream<String>>> fields, int[] weights, Comparator<T> ties) {
		this.weights = weights.clone();
		this.ties = ties;
		// each field lower-cased once, when the data is loaded
		this.index = entries.stream()
			.map((entry) -> new Indexed<>(entry,
					fields.apply(entry).stream().map((texts) -> Keys.of(String.join("\n", texts.toList()))).toList()))
			.toList();
	}

	/** The entries in which every word of the query appears, best matches first. */
	public List<T> search(String query) {
		List<String> words = Arrays.stream(Keys.of(query).split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		record Hit<T>(T entry, int score) {
		}
		List<Hit<T>> hits = new ArrayList<>();
		for (Indexed<T> indexed : this.index) {
			int score = score(indexed.fields(), words);
			if (score > 0) {
				hits.add(new Hit<>(indexed.entry(), score));
			}
		}
		hits.sort(Comparator.comparingInt((Hit<T> hit) -> hit.score()).reversed().thenComparing(Hit::entry, this.ties));
		return hits.stream().map(Hit::entry).toList();
	}

	/**
	 * The sum, over the words, of the heaviest field each appears in; 0 when any word is
	 * missing.
	 */
	private int score(List<String> fields, List<String> words) {
		int total = 0;
		for (String word : words) {
			int best = 0;
			for (int i = 0; i < fields.size() && best == 0; i++) {
				if (fields.get(i).contains(word)) {
					best = this.weights[i];
				}
			}
			if (best == 0) {
				return 0;
			}
			total += best;
		}
		return total;
	}

	private record Indexed<T>(T entry, List<String> fields) {
	}

}
