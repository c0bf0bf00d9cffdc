package org.scfcodes.apierror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.data.DataFileException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The API error catalog: every code of the two SDKs exactly as they describe it (the copy
 * of their joined table under src/test/resources/official/), the project's English or
 * Chinese marked wherever an SDK has none or cuts it short, remedies resting on cited
 * pages, and strict loading.
 */
class ApiErrorCatalogTests {

	private final ApiErrorCatalog catalog = ApiErrorLoader.load(new ClassPathResource("catalog/api-errors.yaml"),
			CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")));

	@TempDir
	Path directory;

	@Test
	void everyCodeOfTheSdksIsServedExactlyAsTheyDescribeIt() throws IOException {
		List<Row> rows = rows();
		assertThat(rows).hasSize(354);
		assertThat(this.catalog.all()).hasSize(354);
		for (Row row : rows) {
			ApiError error = this.catalog.find(row.code()).orElseThrow();
			assertThat(error.code()).isEqualTo(row.code());
			assertThat(error.errorClass()).isEqualTo(row.errorClass());
			if (row.zh().isEmpty()) {
				assertThat(error.translated()).as(row.code()).containsEntry("zh", "missing");
			}
			else {
				assertThat(error.description().zh()).as(row.code()).isEqualTo(row.zh());
				assertThat(error.translated()).as(row.code()).doesNotContainKey("zh");
			}
			if (row.en().isEmpty()) {
				assertThat(error.translated()).as(row.code()).containsEntry("en", "missing");
			}
			else if (!"cut-short".equals(error.translated().get("en"))) {
				assertThat(error.description().en()).as(row.code()).isEqualTo(row.en());
				assertThat(error.translated()).as(row.code()).doesNotContainKey("en");
			}
		}
		assertThat(this.catalog.all()).filteredOn((error) -> "missing".equals(error.translated().get("en")))
			.hasSize(89);
		assertThat(this.catalog.find("InvalidParameter.RequestTooLarge").orElseThrow().translated()).containsEntry("en",
				"cut-short");
	}

	@Test
	void codesAreFoundIgnoringCaseAndSpeltAsTheSdksSpellThem() {
		assertThat(this.catalog.find(" resourcenotfound.FUNCTION ")).map(ApiError::code)
			.hasValue("ResourceNotFound.Function");
		assertThat(this.catalog.ofClass("failedoperation")).hasSize(67)
			.allMatch((e) -> e.code().startsWith("FailedOperation"));
		assertThat(this.catalog.nearest("ResourceNotFound.Functoin", 1)).containsExactly("ResourceNotFound.Function");
	}

	@Test
	void wordsAreSearchedInBothLanguages() {
		assertThat(this.catalog.search("handler")).extracting(ApiError::code).contains("InvalidParameterValue.Handler");
		assertThat(this.catalog.search("函数不存在")).extracting(ApiError::code).contains("ResourceNotFound.Function");
		assertThat(this.catalog.search("   ")).isEmpty();
	}

	@Test
	void remediesRestOnQuotedOfficialTextsAndAtLeastFortyCodesSayWhatToDoOrThatNoPageDoes() {
		List<ApiError> covered = this.catalog.all()
			.stream()
			.filter((error) -> !error.remedies().isEmpty() || error.noRemedy() != null)
			.toList();
		assertThat(covered).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.catalog.all().stream().filter((error) -> !error.remedies().isEmpty()))
			.hasSizeGreaterThanOrEqualTo(40);
		for (ApiError error : covered) {
			error.remedies()
				.forEach((remedy) -> assertThat(remedy.cites()).as(error.code())
					.isNotEmpty()
					.allSatisfy((cite) -> assertThat(this.catalog.sources()).containsKey(cite.source())));
		}
		for (String code : new String[] { "InvalidParameterValue.Handler", "InvalidParameterValue.Memory",
				"ResourceNotFound.Function", "FailedOperation.FunctionStatusError", "UnauthorizedOperation.CAM",
				"LimitExceeded.Memory", "ResourceUnavailable.InsufficientBalance" }) {
			ApiError error = this.catalog.find(code).orElseThrow();
			assertThat(!error.remedies().isEmpty() || error.noRemedy() != null).as(code).isTrue();
		}
		assertThat(this.catalog.find("InvalidParameterValue.Memory").orElseThrow().remedies().get(0).cites())
			.anyMatch((cite) -> cite.quote().getOrDefault("en", "").contains("128M - 3072M"));
	}

	@Test
	void errorsRelateToTheStatusesTheyMirror() {
		assertThat(this.catalog.find("InvalidParameterValue.Handler").orElseThrow().statuses())
			.extracting(ApiError.StatusRelation::status)
			.containsExactly(437);
		assertThat(this.catalog.find("ResourceNotFound.Function").orElseThrow().statuses())
			.extracting(ApiError.StatusRelation::status)
			.containsExactly(435);
		assertThat(this.catalog.find("FailedOperation.FunctionStatusError").orElseThrow().statuses())
			.extracting(ApiError.StatusRelation::status)
			.containsExactly(438);
		assertThat(this.catalog.find("ResourceUnavailable.ServiceSuspended").orElseThrow().statuses())
			.extracting(ApiError.StatusRelation::status)
			.containsExactly(402);
	}

	@Test
	void aBrokenFileStopsTheLoadNamingFileAndEntry() throws IOException {
		String good = """
				version: "1"
				sources:
				  sdk: { title: { en: "SDK", zh: "SDK" }, url: "https://example.org/sdk" }
				descriptions: { zh: sdk, en: sdk }
				errors:
				  - code: A.B
				    description: { en: "A", zh: "甲" }
				""";
		assertThat(load(good).all()).singleElement()
			.satisfies((error) -> assertThat(error.errorClass()).isEqualTo("A"));
		assertFails(good + "    colour: red\n", "unknown field 'colour'");
		assertFails(good + "  - code: a.b\n    description: { en: \"B\", zh: \"乙\" }\n",
				"entry a.b (errors[1]): duplicate code a.b");
		assertFails(good.replace("en: \"A\", ", ""), "entry A.B (errors[0]): 'description' needs en and zh");
		assertFails(good + "    remedies:\n      - text: { en: \"x\", zh: \"x\" }\n        cites: []\n",
				"entry A.B (errors[0]): a remedy needs");
		assertFails(good
				+ "    remedies:\n      - text: { en: \"x\", zh: \"x\" }\n        cites: [{ source: nowhere, text: { en: \"q\" } }]\n",
				"'remedies.cites.source' names 'nowhere'");
		assertFails(good.replace("code: A.B", "code: A..B"), "dot-separated words");
	}

	@Test
	void aDescriptionMarksTheProjectsWordsInItselfAndACitationQuotesOfficialWordsOnly() throws IOException {
		String good = """
				version: "1"
				sources:
				  sdk: { title: { en: "SDK", zh: "SDK" }, url: "https://example.org/sdk" }
				descriptions: { zh: sdk, en: sdk }
				errors:
				  - code: A.B
				    description: { en: "A", zh: "甲", own: { en: missing } }
				    remedies:
				      - text: { en: "x", zh: "x" }
				        cites: [{ source: sdk, text: { zh: "甲" } }]
				""";
		ApiError error = load(good).find("A.B").orElseThrow();
		assertThat(error.translated()).containsExactly(Map.entry("en", "missing"));
		assertThat(error.remedies().get(0).cites().get(0).quote()).containsExactly(Map.entry("zh", "甲"));
		assertFails(good.replace("own: { en: missing }", "own: { en: translated }"),
				"entry A.B (errors[0]): 'description' needs en and zh, the project's words marked");
		assertFails(good.replace("own: { en: missing }", "own: { en: missing, zh: cut-short }"),
				"'own' marks one language the text has");
		assertFails(good.replace("own: { en: missing }", "own: { en: forgotten }"),
				"must be translated, missing or cut-short");
		assertFails(good.replace("text: { zh: \"甲\" }", "text: { en: \"A\", zh: \"甲\", own: { en: translated } }"),
				"a citation quotes official words only");
		assertFails(good.replace("text: { zh: \"甲\" }", "text: {}"), "needs the words in en or zh");
	}

	@Test
	void aStatusIsReferredToByItsNumberAndNamedAsTheStatusCatalogNamesIt() throws IOException {
		String related = """
				version: "1"
				sources:
				  sdk: { title: { en: "SDK", zh: "SDK" }, url: "https://example.org/sdk" }
				descriptions: { zh: sdk, en: sdk }
				errors:
				  - code: A.B
				    description: { en: "A", zh: "甲" }
				    statuses:
				      - { status: 433, relation: { en: "r", zh: "r" } }
				""";
		assertThat(load(related).find("A.B").orElseThrow().statuses()).singleElement()
			.satisfies((status) -> assertThat(status.name()).isEqualTo("TimeLimitReached"));
		assertFails(related.replace("status: 433", "status: 434"),
				"entry A.B (errors[0]): 'statuses.status' names 434, which the status catalog does not have");
		assertFails(related.replace("status: 433", "status: 700"),
				"'statuses.status' must be a number from 100 to 599");
	}

	@Test
	void retiredCodesAreKeptApartWithTheLastSdkReleasesThatListedThem() throws IOException {
		assertThat(this.catalog.allRetired()).extracting(RetiredApiError::code)
			.containsExactly("InvalidParameterValue.CertConfig.empty", "InvalidParameterValue.InvalidCertConfig");
		assertThat(this.catalog.find("InvalidParameterValue.InvalidCertConfig")).isEmpty();
		assertThat(this.catalog.retired("invalidparametervalue.invalidcertconfig")).hasValueSatisfying((retired) -> {
			assertThat(retired.description().zh()).isEqualTo("证书配置错误");
			assertThat(retired.translated()).containsEntry("en", "missing");
			assertThat(retired.lastListed())
				.extracting(RetiredApiError.Release::version, RetiredApiError.Release::droppedIn)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("3.1.99", "3.1.100"),
						org.assertj.core.groups.Tuple.tuple("v1.3.100", "v1.3.101"));
			assertThat(this.catalog.sources()).containsKey(retired.lastListed().get(0).source());
		});
		assertThat(this.catalog.spelling("INVALIDPARAMETERVALUE.CERTCONFIG.EMPTY"))
			.contains("InvalidParameterValue.CertConfig.empty");
		String file = """
				version: "1"
				sources:
				  sdk: { title: { en: "SDK", zh: "SDK" }, url: "https://example.org/sdk" }
				descriptions: { zh: sdk, en: sdk }
				errors:
				  - code: A.B
				    description: { en: "A", zh: "甲" }
				retired:
				  - code: A.C
				    description: { en: "C", zh: "丙" }
				    last-listed: [{ sdk: s, version: "1", date: "2020-01-01", dropped-in: "2", source: sdk }]
				""";
		assertThat(load(file).retired("A.C")).isPresent();
		assertFails(file.replace("code: A.C", "code: a.b"), "duplicate code a.b (a retired code is not a current one)");
		assertFails(file.replace("source: sdk }]", "source: nowhere }]"), "nowhere");
		assertFails(file.replace(
				"last-listed: [{ sdk: s, version: \"1\", date: \"2020-01-01\", dropped-in: \"2\", source: sdk }]",
				"last-listed: []"), "names the last SDK release that listed the code");
	}

	private static final Map<Integer, String> NAMES = Map.of(433, "TimeLimitReached");

	private ApiErrorCatalog load(String yaml) throws IOException {
		Path file = this.directory.resolve("api-errors.yaml");
		Files.writeString(file, yaml);
		return ApiErrorLoader.load(new FileSystemResource(file), (status) -> Optional.ofNullable(NAMES.get(status)));
	}

	private void assertFails(String yaml, String fragment) {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> load(yaml))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("api-errors.yaml: ").contains(fragment));
	}

	/** One row of the SDKs' joined table. */
	record Row(String code, String errorClass, String zh, String en) {
	}

	static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		String table = new ClassPathResource("official/api-error-codes.tsv").getContentAsString(StandardCharsets.UTF_8);
		for (String line : table.split("\n")) {
			if (line.startsWith("#") || line.startsWith("code\t") || line.isBlank()) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			rows.add(new Row(cells[0], cells[1], cells[2], cells[3]));
		}
		return rows;
	}

}
