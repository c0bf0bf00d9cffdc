package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Full-text search over names, the official texts, the project's explanations and notes in both languages: every word
 * must match, and a match in the name weighs more than one in a note.
 */
final class CatalogSearch {

	private final List<Indexed> index;

	CatalogSearch(List<StatusCode> codes) {
		this.index = codes.stream().map(Indexed::of).toList();
	}

	List<StatusCode> search(String query) {
		List<String> words = Arrays.stream(CodeCatalog.normalize(query).split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		record Hit(StatusCode code, int score) {
		}
		List<Hit> hits = new ArrayList<>();
		for (Indexed entry : this.index) {
			int score = entry.score(words);
			if (score > 0) {
				hits.add(new Hit(entry.code(), score));
			}
		}
		hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparingInt((hit) -> hit.code().status()));
		return hits.stream().map(Hit::code).toList();
	}

	/** One code's searchable fields, lower-cased once, in falling order of weight. */
	private record Indexed(StatusCode code, String[] fields) {

		private static final int[] WEIGHTS = { 16, 8, 4, 2, 1 };

		static Indexed of(StatusCode code) {
			String name = join(Stream.concat(Stream.of(String.valueOf(code.status()), code.name()),
					code.aliases().stream()));
			String meaning = join(Stream.of(Stream.of(code.meaning().en(), code.meaning().zh()), code.messages().stream(),
					code.official().stream().map(OfficialText::description).filter(Objects::nonNull))
				.flatMap((texts) -> texts));
			String causes = join(Stream.concat(code.causes().en().stream(), code.causes().zh().stream()));
			String solutions = join(code.official()
				.stream()
				.filter((text) -> text.solution() != null)
				.flatMap((text) -> text.solution().stream()));
			String notes = join(Stream.concat(code.notes().en().stream(), code.notes().zh().stream()));
			return new Indexed(code, new String[] { name, meaning, causes, solutions, notes });
		}

		/** The sum, over the words, of the heaviest field each appears in; 0 when any word is missing. */
		int score(List<String> words) {
			int total = 0;
			for (String word : words) {
				int best = 0;
				for (int i = 0; i < this.fields.length && best == 0; i++) {
					if (this.fields[i].contains(word)) {
						best = WEIGHTS[i];
					}
				}
				if (best == 0) {
					return 0;
				}
				total += best;
			}
			return total;
		}

		private static String join(Stream<String> texts) {
			return CodeCatalog.normalize(String.join("\n", texts.toList()));
		}

	}

}
