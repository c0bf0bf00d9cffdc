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
import static org.assertj.core.api.Assertions.tuple;

/**
 * Loading catalog files, well-formed and broken.
 */
class CatalogLoaderTests {

	private static final String HEADER = """
			version: "1"
			sources:
			  page: { title: { en: "Page", zh: "页面" }, url: "https://example.org/page", date: "2022-07-27", status-page: true }
			  older: { title: { en: "Older", zh: "较早" }, url: "https://example.org/older", status-page: true }
			  retry: { title: { en: "Retry", zh: "重试" }, url: "https://example.org/retry" }
			recycling:
			  source: page
			  documented: { en: "yes", zh: "是" }
			  not-documented: { en: "not stated", zh: "未说明" }
			where-seen:
			  payload-field: { name: statusCode, source: page }
			  log-field: { name: SCF_StatusCode, source: page }
			  metric-namespace: { name: QCE/SCF_V2, source: page }
			retry:
			  async: []
			  sync: [{ source: retry, text: { en: "not retried" } }]
			  categories:
			    system: [{ source: retry, text: { en: "s", zh: "系" } }]
			    overrun: [{ source: retry, text: { en: "o", zh: "超" } }]
			    execution: [{ source: retry, text: { en: "retried", zh: "重试" } }]
			    invocation: [{ source: retry, text: { en: "i", zh: "调" } }]
			  stated:
			    system: { sync: documented, async: documented, kafka: documented, mqtt: documented }
			    overrun: { sync: documented, async: documented, kafka: documented, mqtt: documented }
			    execution: { sync: documented, async: documented, kafka: documented, mqtt: documented }
			    invocation: { sync: documented, async: conflicting, kafka: not-stated, mqtt: not-stated }
			codes:
			""";

	private static final String ENTRY = """
			  - status: %d
			    name: %s
			    actors: [function-code]
			    retry: { category: execution, basis: inferred }
			    metric: { name: Http4xx, basis: inferred }
			    meaning: { en: "Meaning", zh: "含义" }
			    causes: [{ en: "Cause", zh: "原因" }]
			    official:
			      - source: page
			        en: { description: "Official", solution: ["Do this"], links: [{ text: "doc", url: "https://example.org/doc" }] }
			        zh: { description: "官方", solution: ["这样做"] }
			      - { source: older, zh: { solution: ["以前这样做"] } }
			""";

	@TempDir
	Path directory;

	@Test
	void embeddedCatalogLoads() {
		CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));
		assertThat(catalog.version()).matches("2026\\.11\\.28\\+[0-9a-f]{8}");
		assertThat(catalog.find(433)).hasValueSatisfying((code) -> {
			assertThat(code.name()).isEqualTo("TimeLimitReached");
			assertThat(code.guidance().en().description().source()).isEqualTo("intl-2022-07-27");
			assertThat(code.guidance().en().links()).extracting(Link::url)
				.contains("https://intl.cloud.tencent.com/document/product/583/39466");
			assertThat(code.quantities()).extracting(Quantity::value).containsExactly(24L);
			assertThat(code.seenIn().metric().name()).isEqualTo("Http433");
		});
	}

	@Test
	void minimalCatalogLoadsWithReferencesResolved() throws IOException {
		CodeCatalog catalog = load(HEADER + ENTRY.formatted(433, "TimeLimitReached"));
		StatusCode code = catalog.find(433).orElseThrow();
		assertThat(code.guidance().en().links()).singleElement()
			.satisfies((link) -> assertThat(link.url()).isEqualTo("https://example.org/doc"));
		assertThat(code.guidance().zh().solution().text()).containsExactly("这样做");
		assertThat(code.guidance().zh().solution().source()).isEqualTo("page");
		assertThat(code.retry().policy()).extracting(RetryText::text).containsExactly("retried", "重试");
		assertThat(code.retry().sync()).extracting(RetryText::text).containsExactly("not retried");
		assertThat(code.recycling().explanation().en()).isEqualTo("not stated");
		assertThat(code.sources()).containsOnlyKeys("page", "older", "retry");
		assertThat(code.seenIn().metric().namespace()).isEqualTo("QCE/SCF_V2");
	}

	@Test
	void everyStatusCarriesTheMessagesUsersMeetEachWithWhatShowsIt() {
		CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));
		for (StatusCode code : catalog.all()) {
			assertThat(code.messages()).as("messages of %d", code.status()).isNotEmpty();
			for (StatusMessage message : code.messages()) {
				if (message.basis().equals("official")) {
					assertThat(code.sources()).as("%d: %s", code.status(), message.text())
						.containsKey(message.source());
				}
				else {
					assertThat(message.source()).as("%d: %s", code.status(), message.text()).startsWith("https://");
				}
			}
		}
		assertThat(catalog.find(435).orElseThrow().messages()).extracting(StatusMessage::text)
			.contains("找不到对应的FunctionName", "FunctionName parameter could not be found");
		assertThat(catalog.find(405).orElseThrow().messages()).filteredOn((message) -> message.where().equals("header"))
			.singleElement()
			.satisfies((message) -> assertThat(message.basis()).isEqualTo("thread"));
	}

	@Test
	void aMessageNeedsItsSource() throws IOException {
		String entry = ENTRY.formatted(433, "TimeLimitReached");
		CodeCatalog catalog = load(HEADER + entry
				+ "    messages:\n      - { text: \"Task timed out after\", where: console, basis: official, source: page }\n"
				+ "      - { text: \"x y\", where: log, basis: thread, source: \"https://example.org/issues/1\" }\n");
		assertThat(catalog.find(433).orElseThrow().messages()).extracting(StatusMessage::source)
			.containsExactly("page", "https://example.org/issues/1");
		assertFails(
				HEADER + entry + "    messages:\n      - { text: \"x\", where: log, basis: thread, source: page }\n",
				"a message that is not official needs the https address of its source");
		assertFails(
				HEADER + entry
						+ "    messages:\n      - { text: \"x\", where: log, basis: official, source: nowhere }\n",
				"nowhere");
		assertFails(HEADER + entry + "    messages:\n      - { text: \"x\", where: mars, basis: thread, "
				+ "source: \"https://example.org\" }\n", "must be status-message, console, log");
	}

	@Test
	void versionChangesWithContent() throws IOException {
		String first = load(HEADER + ENTRY.formatted(433, "TimeLimitReached")).version();
		String second = load(HEADER + ENTRY.formatted(433, "TimeLimitReached").replace("Meaning", "Meaning!"))
			.version();
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
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("    name: A\n", "    name: A\n    name: B\n"),
				"Duplicate", "\"name\"", "line 30");
	}

	@Test
	void missingTranslationStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace(", zh: \"含义\"", ""), "entry 433",
				"missing or empty field 'meaning.zh'");
	}

	@Test
	void aCauseWithoutItsTranslationStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace(", zh: \"原因\"", ""), "entry 433",
				"missing or empty field 'causes.zh'");
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("[{ en: \"Cause\", zh: \"原因\" }]", "[]"), "entry 433",
				"missing or empty field 'causes'");
	}

	@Test
	void malformedStatusStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("status: 433", "status: abc"), "codes[0]");
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("status: 433", "status: 700"),
				"'status' must be a number from 100 to 599");
	}

	@Test
	void danglingReferenceStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("source: older", "source: nowhere"), "entry 433",
				"'official.source' names 'nowhere', which is not defined");
	}

	@Test
	void aCodeWithoutGuidanceInBothLanguagesStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("zh: { description: \"官方\", ", "zh: { "), "entry 433",
				"needs a status-page description in English and in Chinese");
	}

	@Test
	void anUndatedOrWronglyDatedSourceIsCheckedAndATranslationSaysWhatItTranslates() {
		assertFails(HEADER.replace("2022-07-27", "July 2022") + ENTRY.formatted(433, "A"), "must be a date");
		assertFails(
				HEADER + ENTRY.formatted(433, "A").replace("zh: { solution", "own: { zh: translated }, zh: { solution"),
				"'official.own' marks one language the text has, as the project's translation");
	}

	@Test
	void aQuoteInBothLanguagesServesEachLanguageWithTheProjectsTranslationMarked() throws IOException {
		String quote = "sync: [{ source: retry, heading: { en: \"H\", zh: \"标\" }, "
				+ "text: { en: \"not retried\", zh: \"不重试\", own: { en: translated } } }]";
		StatusCode code = load(HEADER.replace("sync: [{ source: retry, text: { en: \"not retried\" } }]", quote)
				+ ENTRY.formatted(433, "A"))
			.find(433)
			.orElseThrow();
		assertThat(code.retry().sync())
			.extracting(RetryText::language, RetryText::heading, RetryText::text, RetryText::translatedFrom)
			.containsExactly(tuple("en", "H", "not retried", "zh"), tuple("zh", "标", "不重试", null));
		assertThat(code.official()).extracting(OfficialText::source, OfficialText::language)
			.containsExactly(tuple("page", "en"), tuple("page", "zh"), tuple("older", "zh"));
		String entry = ENTRY.formatted(433, "A");
		assertFails(
				HEADER.replace("sync: [{ source: retry, text: { en: \"not retried\" } }]", quote)
					.replace("own: { en: translated }", "own: { en: missing }") + entry,
				"a quote's own words are a translation");
		assertFails(HEADER.replace("sync: [{ source: retry, text: { en: \"not retried\" } }]", quote)
			.replace("zh: \"不重试\", ", "")
			.replace(", zh: \"标\"", "") + entry, "'own' marks one language the text has");
		assertFails(HEADER.replace("sync: [{ source: retry, text: { en: \"not retried\" } }]", quote)
			.replace(", zh: \"标\"", "") + entry, "'heading' is in the languages of 'text'");
		assertFails(HEADER.replace("text: { en: \"not retried\" }", "text: {}") + entry, "needs the words in en or zh");
		assertFails(HEADER + entry.replace("zh: { solution: [\"以前这样做\"] }", "zh: {}"),
				"an 'official' text states something");
	}

	@Test
	void officialRevisionsOutOfNewestFirstOrderStopTheLoad() {
		String older = "      - { source: older, zh: { solution: [\"以前这样做\"] } }\n";
		String olderFirst = ENTRY.formatted(433, "A")
			.replace(older, "")
			.replace("      - source: page\n", older + "      - source: page\n");
		assertThat(olderFirst).isNotEqualTo(ENTRY.formatted(433, "A"));
		assertFails(HEADER + olderFirst, "entry 433", "newest first", "page comes after older");
	}

	@Test
	void aCategoryWithoutTextInBothLanguagesStopsTheLoad() {
		assertFails(HEADER.replace("\"retried\", zh: \"重试\"", "\"retried\"") + ENTRY.formatted(433, "A"),
				"'retry.categories.execution' needs a text in zh");
	}

	@Test
	void unknownActorStopsTheLoad() {
		assertFails(HEADER + ENTRY.formatted(433, "A").replace("[function-code]", "[janitor]"), "entry 433",
				"'actors' names an unknown value 'janitor'");
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
