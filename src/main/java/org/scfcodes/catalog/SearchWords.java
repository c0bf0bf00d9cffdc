package org.scfcodes.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.scfcodes.data.DataFileException;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.StatusNumber;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The project's own search words for the status codes
 * ({@code catalog/search-words.yaml}): the everyday words and their Chinese that people
 * search with where the official texts use others ({@code oom}, {@code 限流}), never shown
 * as official.
 */
final class SearchWords {

	/**
	 * The embedded words, read once: they change with a release, not with the catalog.
	 */
	static final SearchWords EMBEDDED = load(new ClassPathResource("catalog/search-words.yaml"));

	private final Map<Integer, List<String>> byStatus;

	private SearchWords(Map<Integer, List<String>> byStatus) {
		this.byStatus = Map.copyOf(byStatus);
	}

	/** The words of a status; none for a status the file does not name. */
	List<String> of(int status) {
		return this.byStatus.getOrDefault(status, List.of());
	}

	static SearchWords load(Resource resource) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		Document document = StrictYaml.read(file, Document.class);
		Map<Integer, List<String>> byStatus = new HashMap<>();
		for (Entry entry : document.words()) {
			if (byStatus.put(entry.status().value(), List.copyOf(entry.words())) != null) {
				throw new DataFileException(file.name() + ": duplicate status " + entry.status());
			}
		}
		return new SearchWords(byStatus);
	}

	record Document(@NotNull List<@NotNull @Valid Entry> words) {
	}

	/**
	 * A status's search words, marked as the project's, with why where it is not plain.
	 */
	record Entry(@NotNull StatusNumber status, @NotEmpty List<@NotBlank String> words,
			@NotNull @Pattern(regexp = "project",
					message = "must be project: the words are the project's") String basis,
			String note) {
	}

}
