package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.data.DataFileException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading catalog files, well-formed and broken.
 */
class CatalogLoaderTests {

	private static final String HEADER = """
			version: "1"
			sources:
			  seed: { title: { en: "Seed", zh: "种子" }, url: "https://example.org/seed" }
			links:
			  doc: { title: { en: "Doc", zh: "文档" }, url: "https://example.org/doc" }
			recycling:
			  documented: { en: "yes", zh: "是" }
			  not-documented: { en: "not stated", zh: "未说明" }
			retry-categories:
			  execution: { source: seed, summary: { en: "retried", zh: "重试" } }
			codes:
			""";

	private static final String ENTRY = """
			  - status: %d
			    name: %s
			    source: seed
			    actors: [function-code]
			    retry: { category: execution, basis: inferred }
			    meaning: { en: "Meaning", zh: "含义" }
			    causes: { en: ["Cause"], zh: ["原因"] }
			    remedies: { en: ["Remedy"], zh: ["方法"] }
			    links: [doc]
			""";

	@TempDir
	Path directory;

	@Test
	void embeddedCatalogLoads() {
		CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));
		assertThat(catalog.version()).matches("2026\\.11\\.27\\+[0-9a-f]{8}");
		assertThat(catalog.find(433)).hasValueSatisfying((code) -> {
			assertThat(code.name()).isEqualTo("TimeLimitReached");
			assertThat(code.links()).extracting(Reference::id)
				.containsExactly("function-configuration", "async-execution", "instance-recycling");
			assertThat(code.quantities()).extracting(Quantity::value).containsExactly(24L);
		});
	}

	@Test
	void minimalCatalogLoadsWithReferencesResolved() throws IOException {
		CodeCatalog catalog = load(HEADER + ENTRY.formatted(433, "TimeLimitReached"));
		StatusCode code = catalog.find(433).orElseThrow();
		assertThat(code.links()).singleElement().satisfies((link) -> assertThat(link.url()).isEqualTo("https://example.org/doc"));
		assertThat(code.retry().summary().en()).isEqualTo("retried");
		assertThat(code.recycling().explanation().en()).isEqualTo("not stated");
	}

	@Test
	void versionChangesWithContent() throws IOException {
		String first = load(HEADER + ENTRY.formatted(433, "TimeLimitReached")).version();
		String second = load(HEADER + ENTRY.formatted(433, "TimeLimitReached").replace("Meaning", "Meaning!")).version();
		assertThat(first).startsWith("1+").isNotEqualTo(second);
	}

	@Test
	void unknownFieldStopsTheLoadNamingFileEntryAndField() {
		assertFails(HEADER + ENTRY.formatted(433, "TimeLimitReached") + "    colour: red\n",
				"catalog.yaml: entry 433 (codes[0]): unknown field 'colour'");
	}

	@Test
	void duplicateStatusStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A") + ENTRY.formatted(433, "B"), "duplicate status 433");
	}

	@Test
	void duplicateKeyStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("    source: seed\n", "    source: seed\n    source: seed\n"),
				"Duplicate", "\"source\"", "line 15");
	}

	@Test
	void missingTranslationStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace(", zh: \"含义\"", ""), "entry 433",
				"missing or empty field 'meaning.zh'");
	}

	@Test
	void unevenTranslatedListsStopTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("en: [\"Cause\"]", "en: [\"Cause\", \"Other\"]"),
				"entry 433", "'causes' needs the same number of English and Chinese items");
	}

	@Test
	void malformedStatusStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("status: 433", "status: abc"), "codes[0]");
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("status: 433", "status: 700"),
				"'status' must be a number from 100 to 599");
	}

	@Test
	void danglingReferenceStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("links: [doc]", "links: [nowhere]"),
				"entry 433", "'links' names 'nowhere', which is not defined");
	}

	@Test
	void unknownActorStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("[function-code]", "[janitor]"), "unknown actor 'janitor'");
	}

	@Test
	void missingFileStopsTheLoad() {
		assertThatExceptionOfType(DataFileException.class)
			.isThrownBy(() -> CatalogLoader.load(new FileSystemResource(this.directory.resolve("absent.yaml"))))
			.withMessageContaining("absent.yaml: cannot be read");
	}

	@Test
	void yamlSyntaxErrorStopsTheLoadWithItsLine() {
		assertFails(HEADER + "  - status: [433\n", "catalog.yaml: ", "line");
	}

	private CodeCatalog load(String yaml) throws IOException {
		Path file = this.directory.resolve("catalog.yaml");
		Files.writeString(file, yaml);
		return CatalogLoader.load(new FileSystemResource(file));
	}

	private void assertFails(String yaml, String... fragments) {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> load(yaml))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("catalog.yaml: ").contains(fragments));
	}

}
