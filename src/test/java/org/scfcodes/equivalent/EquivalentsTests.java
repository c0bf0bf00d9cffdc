package org.scfcodes.equivalent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.DataFileException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The equivalents on other platforms: every fact cited with an address, approximate
 * matches with their difference, the statuses and limits as the status catalog states
 * them, both directions of lookup, and strict loading.
 */
class EquivalentsTests {

	private final Equivalents equivalents = EquivalentsLoader.load(new ClassPathResource("catalog/equivalents.yaml"),
			CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")));

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	@TempDir
	Path directory;

	@Test
	void everyFactNamesASourceWithAnAddress() {
		Map<String, Reference> sources = this.equivalents.sources();
		for (Equivalent entry : this.equivalents.all()) {
			for (Equivalent.Sighting seen : entry.sees()) {
				assertThat(sources.get(seen.source())).as(entry.status() + " " + entry.platform() + " " + seen.value())
					.isNotNull()
					.satisfies((source) -> assertThat(source.url()).startsWith("https://"));
			}
			for (Equivalent.Limit limit : entry.limits()) {
				assertThat(sources.get(limit.there().source()).url()).startsWith("https://");
			}
		}
		this.equivalents.unmatched()
			.forEach((none) -> assertThat(sources.get(none.source()).url()).startsWith("https://"));
		this.equivalents.retries()
			.forEach((retry) -> assertThat(sources.get(retry.source()).url()).startsWith("https://"));
		this.equivalents.platforms()
			.values()
			.forEach((platform) -> assertThat(sources.get(platform.source()).url()).startsWith("https://"));
	}

	@Test
	void thirdPartyEvidenceIsMarkedAndSaysWhatItCovers() {
		List<Equivalent.Sighting> thirdParty = this.equivalents.all()
			.stream()
			.flatMap((entry) -> entry.sees().stream())
			.filter((seen) -> !this.equivalents.sources().get(seen.source()).official())
			.toList();
		assertThat(thirdParty).isNotEmpty().allSatisfy((seen) -> assertThat(seen.note()).as(seen.value()).isNotNull());
		assertThat(this.equivalents.sources().values()).extracting(Reference::publisher)
			.containsOnly("official", "third-party");
	}

	@Test
	void tenStatusesOrMoreHaveCitedEquivalentsOnTwoPlatformsOrMore() {
		Map<Integer, Set<String>> platformsByStatus = this.equivalents.all()
			.stream()
			.collect(Collectors.groupingBy(Equivalent::status,
					Collectors.mapping(Equivalent::platform, Collectors.toSet())));
		assertThat(platformsByStatus.values().stream().filter((platforms) -> platforms.size() >= 2).count())
			.isGreaterThanOrEqualTo(10);
	}

	@Test
	void approximateMatchesStateTheDifferenceInBothLanguages() {
		assertThat(this.equivalents.all()).filteredOn((entry) -> entry.match().equals("approximate"))
			.isNotEmpty()
			.allSatisfy((entry) -> {
				assertThat(entry.difference()).as(entry.status() + " " + entry.platform()).isNotNull();
				assertThat(entry.difference().en()).isNotBlank();
				assertThat(entry.difference().zh()).isNotBlank();
			});
	}

	@Test
	void statusesAndScfLimitsAreTheCatalogs() {
		Map<Integer, StatusCode> codes = this.catalog.all()
			.stream()
			.collect(Collectors.toMap(StatusCode::status, Function.identity()));
		for (Equivalent entry : this.equivalents.all()) {
			StatusCode code = codes.get(entry.status());
			assertThat(code).as("status %d", entry.status()).isNotNull();
			assertThat(entry.name()).isEqualTo(code.name());
			for (Equivalent.Limit limit : entry.limits()) {
				assertThat(code.quantities()).as("%d %s", entry.status(), limit.what().en()).anySatisfy((quantity) -> {
					assertThat(quantity.value()).isEqualTo(limit.scf().value());
					assertThat(quantity.unit()).isEqualTo(limit.scf().unit());
					assertThat(quantity.source()).isEqualTo(limit.scf().source());
				});
			}
		}
		for (Unmatched none : this.equivalents.unmatched()) {
			assertThat(codes.get(none.status()).name()).isEqualTo(none.name());
		}
		this.equivalents.retries()
			.forEach((retry) -> assertThat(codes).containsKeys(retry.statuses().toArray(Integer[]::new)));
	}

	@Test
	void aStatusIsAnsweredForEveryPlatformWithItsEquivalentsOrWhyNone() {
		for (StatusCode code : this.catalog.all()) {
			StatusEquivalents answer = this.equivalents.of(code.status(), code.name());
			Set<String> covered = answer.equivalents().stream().map(Equivalent::platform).collect(Collectors.toSet());
			answer.unmatched().forEach((none) -> covered.add(none.platform()));
			assertThat(covered).as("status %d", code.status()).isEqualTo(this.equivalents.platforms().keySet());
			answer.unmatched().forEach((none) -> assertThat(none.why().en()).isNotBlank());
		}
		StatusEquivalents billing = this.equivalents.of(402, "ServiceSuspended");
		assertThat(billing.equivalents()).isEmpty();
		assertThat(billing.unmatched()).hasSize(5).allSatisfy((none) -> assertThat(none.source()).isNull());
		StatusEquivalents canceled = this.equivalents.of(499, "RequestCanceled");
		assertThat(canceled.unmatched()).filteredOn((none) -> none.platform().equals("aws-lambda"))
			.singleElement()
			.satisfies((none) -> assertThat(none.why().en()).contains("RequestAbortedException"));
	}

	@Test
	void limitsThatDifferKeepEachPlatformsOwnFigure() {
		Equivalent lambda = this.equivalents.of(406, "RequestTooLarge")
			.equivalents()
			.stream()
			.filter((entry) -> entry.platform().equals("aws-lambda"))
			.findFirst()
			.orElseThrow();
		assertThat(lambda.limits()).anySatisfy((limit) -> {
			assertThat(limit.what().en()).contains("asynchronous");
			assertThat(limit.scf().value() + " " + limit.scf().unit()).isEqualTo("128 KB");
			assertThat(limit.there().value() + " " + limit.there().unit()).isEqualTo("1 MB");
		});
	}

	@Test
	void retryPoliciesAreSetBesideScfsForTimeoutsOverrunsAndSystemErrors() {
		for (int status : List.of(432, 433, 500)) {
			assertThat(this.equivalents.of(status, "").retries()).as("status %d", status)
				.isNotEmpty()
				.allSatisfy((retry) -> assertThat(retry.quote()).isNotEmpty());
		}
		assertThat(this.equivalents.of(432, "").retries()).anySatisfy((retry) -> {
			assertThat(retry.platform()).isEqualTo("aws-lambda");
			assertThat(retry.quote().get("en")).contains("up to 6 hours");
		});
	}

	@Test
	void anErrorAsAnotherPlatformNamesItFindsTheScfStatus() {
		assertThat(this.equivalents.find("aws-lambda", "Runtime.HandlerNotFound")).singleElement()
			.satisfies((match) -> {
				assertThat(match.entry().status()).isEqualTo(437);
				assertThat(match.match()).isEqualTo("exact");
			});
		assertThat(this.equivalents.find("alibaba-fc", "functionnotfound ")).singleElement()
			.satisfies((match) -> assertThat(match.entry().status()).isEqualTo(435));
		assertThat(this.equivalents.find(null, "Runtime.ImportModuleError")).singleElement()
			.satisfies((match) -> assertThat(match.match()).isEqualTo("approximate"));
		assertThat(this.equivalents.find(null, "ResourceNotFoundException"))
			.extracting((match) -> match.entry().status())
			.containsExactly(435, 442);
		assertThat(this.equivalents.find("cloudbase", "Runtime.HandlerNotFound")).isEmpty();
		assertThat(this.equivalents.nearest("aws-lambda", "Runtime.HandlerNotFund", 1))
			.containsExactly("Runtime.HandlerNotFound");
	}

	@Test
	void aBrokenFileStopsTheLoadNamingFileAndEntry() throws IOException {
		String good = """
				version: "1"
				platforms:
				  other: { name: "Other", reports: { en: "r", zh: "r" }, source: doc }
				sources:
				  doc: { title: "Doc", url: "https://example.org/doc", publisher: official }
				equivalents:
				  - status: 433
				    platform: other
				    match: exact
				    sees:
				      - { kind: error-code, value: "TIMEOUT", source: doc }
				""";
		assertThat(load(good).find("other", "timeout")).hasSize(1);
		assertFails(good + "    colour: red\n", "unknown field 'colour'");
		assertFails(good.replace("match: exact", "match: approximate"),
				"entry 433 on other (equivalents[0]): an approximate match states its 'difference'");
		assertFails(good.replace("\"TIMEOUT\", source: doc", "\"TIMEOUT\", source: nowhere"),
				"'sees.source' names 'nowhere'");
		assertFails(good.replace("https://example.org/doc", "http://example.org/doc"), "must be an https URL");
		assertFails(good.replace("publisher: official", "publisher: blog"), "'sources.doc.publisher' must be one of");
		assertFails(good.replace("kind: error-code", "kind: rumour"), "'sees.kind' must be one of");
		assertFails(good + good.substring(good.indexOf("  - status")),
				"entry 433 on other (equivalents[1]): listed twice");
		assertFails(good.replace("platform: other", "platform: elsewhere"), "'platform' names 'elsewhere'");
	}

	@Test
	void aStatusIsReferredToByItsNumberAndNamedAsTheStatusCatalogNamesIt() {
		assertThat(this.equivalents.of(433, "TimeLimitReached").equivalents())
			.allSatisfy((entry) -> assertThat(entry.name()).isEqualTo("TimeLimitReached"));
		assertThat(this.equivalents.all()).allSatisfy(
				(entry) -> assertThat(entry.name()).isEqualTo(CATALOG.find(entry.status()).orElseThrow().name()));
		assertThat(this.equivalents.unmatched())
			.allSatisfy((none) -> assertThat(none.name()).isEqualTo(CATALOG.find(none.status()).orElseThrow().name()));
	}

	@Test
	void aStatusTheCatalogDoesNotHaveStopsTheLoad() throws IOException {
		String good = """
				version: "1"
				platforms:
				  other: { name: "Other", reports: { en: "r", zh: "r" }, source: doc }
				sources:
				  doc: { title: "Doc", url: "https://example.org/doc", publisher: official }
				equivalents:
				  - status: 434
				    platform: other
				    match: exact
				    sees:
				      - { kind: error-code, value: "TIMEOUT", source: doc }
				""";
		assertFails(good,
				"entry 434 on other (equivalents[0]): 'status' names 434, which the status catalog does not have");
	}

	private static final CodeCatalog CATALOG = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	private static final Map<Integer, String> NAMES = Map.of(433, "TimeLimitReached");

	private Equivalents load(String yaml) throws IOException {
		Path file = this.directory.resolve("equivalents.yaml");
		Files.writeString(file, yaml);
		return EquivalentsLoader.load(new FileSystemResource(file), (status) -> Optional.ofNullable(NAMES.get(status)));
	}

	private void assertFails(String yaml, String fragment) {
		assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> load(yaml))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("equivalents.yaml: ").contains(fragment));
	}

}
