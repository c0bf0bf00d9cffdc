package org.scfcodes.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.scfcodes.text.WordSearch;

/**
 * Full-text search of the status codes: a match in the project's search words weighs
 * most, so that the obvious code comes first for the everyday words; then the name, the
 * meaning, messages or an official description, the causes, the official solutions and
 * last the notes.
 */
final class CatalogSearch {

	private static final int[] WEIGHTS = { 32, 16, 8, 4, 2, 1 };

	private CatalogSearch() {
	}

	static WordSearch<StatusCode> of(List<StatusCode> codes) {
		return new WordSearch<>(codes, CatalogSearch::fields, WEIGHTS, Comparator.comparingInt(StatusCode::status));
	}

	private static List<Stream<String>> fields(StatusCode code) {
		return List.of(SearchWords.EMBEDDED.of(code.status()).stream(),
				Stream.concat(Stream.of(String.valueOf(code.status()), code.name()), code.aliases().stream()), Stream
					.of(Stream.of(code.meaning().en(), code.meaning().zh()),
							code.messages().stream().map(StatusMessage::text),
							code.official().stream().map(OfficialText::description).filter(Objects::nonNull))
					.flatMap((texts) -> texts),
				Stream.concat(code.causes().en().stream(), code.causes().zh().stream()),
				code.official()
					.stream()
					.filter((text) -> text.solution() != null)
					.flatMap((text) -> text.solution().stream()),
				Stream.concat(code.notes().en().stream(), code.notes().zh().stream()));
	}

}
