package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.data.DataFileException;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.Keys;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Search ranks the obvious code first: for every phrase users search with
 * ({@code search-phrases.yaml}, English and Chinese), the code it names comes first, and
 * none of the codes it could also mean.
 */
class CatalogSearchTests {

	@TempDir
	Path directory;

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	private final List<Phrase> phrases = StrictYaml
		.read(StrictYaml.FileContent.of(new ClassPathResource("org/scfcodes/catalog/search-phrases.yaml")),
				Phrases.class)
		.phrases();

	record Phrases(List<Phrase> phrases) {
	}

	record Phrase(String phrase, String language, int first, String basis, Evidence evidence, List<Integer> also,
			String note) {

		Phrase {
			also = (also != null) ? also : List.of();
		}

	}

	record Evidence(int status, String field, String source, String language, Integer item, String text) {
	}

	@Test
	void everyPhraseFindsItsCodeFirst() {
		List<String> wrong = new ArrayList<>();
		for (Phrase phrase : this.phrases) {
			List<Integer> found = this.catalog.search(phrase.phrase()).stream().map(StatusCode::status).toList();
			if (found.isEmpty() || found.get(0) != phrase.first()) {
				wrong.add(phrase.phrase() + " -> " + found.stream().limit(4).toList() + ", wanted " + phrase.first());
			}
		}
		System.out.printf("search: %d of %d phrases find their code first%n", this.phrases.size() - wrong.size(),
				this.phrases.size());
		assertThat(wrong).as("phrases whose code does not come first").isEmpty();
	}

	@Test
	void thePhrasesAreManyInBothLanguagesAndNameCodesOfTheCatalog() {
		assertThat(this.phrases).hasSizeGreaterThanOrEqualTo(30);
		assertThat(this.phrases).extracting(Phrase::language).contains("en", "zh");
		assertThat(this.phrases).extracting(Phrase::phrase).doesNotHaveDuplicates();
		for (Phrase phrase : this.phrases) {
			assertThat(this.catalog.find(phrase.first())).as(phrase.phrase()).isPresent();
			assertThat(phrase.also()).as(phrase.phrase()).doesNotContain(phrase.first());
			StatusCode code = this.catalog.find(phrase.evidence().status()).orElseThrow();
			assertThat(Keys.of(texts(code, phrase.evidence().field()))).as(phrase.phrase())
				.contains(Keys.of(phrase.evidence().text()));
			if ("messages".equals(phrase.evidence().field()) && phrase.evidence().item() != null) {
				assertThat(code.messages().get(phrase.evidence().item() - 1).text()).as(phrase.phrase())
					.isEqualTo(phrase.evidence().text());
			}
		}
	}

	@Test
	void theProjectsSearchWordsNameStatusesOfTheCatalogAndAreMarkedAsTheProjects() throws IOException {
		String words = new ClassPathResource("catalog/search-words.yaml").getContentAsString(StandardCharsets.UTF_8);
		for (String line : words.split("\n")) {
			if (line.startsWith("  - status: ")) {
				int status = Integer.parseInt(line.substring("  - status: ".length()).strip());
				assertThat(this.catalog.find(status)).as("status %d of search-words.yaml", status).isPresent();
				assertThat(SearchWords.EMBEDDED.of(status)).isNotEmpty();
			}
		}
		Path file = this.directory.resolve("search-words.yaml");
		Files.writeString(file, "words:\n  - { status: 433, basis: official, words: [timeout] }\n");
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> SearchWords.load(new FileSystemResource(file)))
			.withMessageContaining("must be project");
	}

	/** The catalog's texts of a code's field, as the phrases' evidence names them. */
	private static String texts(StatusCode code, String field) {
		Stream<String> texts = switch (field) {
			case "name" -> Stream.concat(Stream.of(code.name()), code.aliases().stream());
			case "meaning" -> Stream.of(code.meaning().en(), code.meaning().zh());
			case "causes" -> Stream.concat(code.causes().en().stream(), code.causes().zh().stream());
			case "messages" -> code.messages().stream().map(StatusMessage::text);
			case "official description", "official solution",
					"official" ->
				code.official()
					.stream()
					.flatMap((text) -> Stream.concat(Stream.ofNullable(text.description()),
							(text.solution() != null) ? text.solution().stream() : Stream.empty()));
			case "retry heading" -> Stream.of(code.retry().official(), code.retry().policy())
				.flatMap(List::stream)
				.map(RetryText::heading)
				.filter(Objects::nonNull);
			default -> throw new IllegalArgumentException("no field " + field);
		};
		return String.join("\n", texts.toList());
	}

}
