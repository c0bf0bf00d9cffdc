package org.scfcodes.lookup.web;

import java.util.List;

import java.util.Arrays;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Columns;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the status-code lookups, over the fixture data.
 */
@FixtureWebTest
class CodesControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@Autowired
	SimpleMeterRegistry meters;

	@Test
	void codeIsAnsweredAsJsonByDefault() {
		MvcTestResult result = this.mvc.get().uri("/codes/433?include=all").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("TimeLimitReached");
		assertThat(result).bodyJson().extractingPath("$.catalogVersion").isEqualTo(this.catalogs.current().version());
		assertThat(result).bodyJson().extractingPath("$.recycling.triggers").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.meaning.zh").isEqualTo("夹具：函数运行超时。");
		assertThat(result).bodyJson().extractingPath("$.quantities[0].value").isEqualTo(12);
	}

	@Test
	void anUnknownLanguageOrFormatIsRefusedRatherThanIgnored() {
		for (String lang : new String[] { "AAA", "", "cn" }) {
			assertThat(this.mvc.get().uri("/codes/433?format=text&lang=" + lang)).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.containsAnyOf("Accepted: en, zh", "en or zh");
			assertThat(this.mvc.get().uri("/codes/433?format=json&lang=" + lang)).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.accepted")
				.asArray()
				.containsExactly("en", "zh");
		}
		for (String format : new String[] { "", "xml" }) {
			assertThat(this.mvc.get().uri("/codes/433?format=" + format)).hasStatus(HttpStatus.NOT_ACCEPTABLE);
		}
		assertThat(this.mvc.get().uri("/codes/433?format=text&lang=zh")).hasStatusOk()
			.bodyText()
			.contains("夹具：已超过时间限制。");
	}

	@Test
	void aParameterGivenTwiceIsRefusedRatherThanJoined() {
		assertThat(this.mvc.get().uri("/codes?q=&q=")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:repeated-parameter");
		assertThat(this.mvc.get().uri("/codes?q=memory&q=leak")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void equivalentsOnOtherPlatformsAreAddedOnRequestWithoutChangingTheDefaultAnswer() {
		MvcTestResult plain = this.mvc.get().uri("/codes/433").exchange();
		assertThat(plain).bodyJson().doesNotHavePath("$.equivalents");
		MvcTestResult result = this.mvc.get().uri("/codes/433?include=equivalents").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("TimeLimitReached");
		assertThat(result).bodyJson()
			.extractingPath("$.equivalents.equivalents[*].platform")
			.asArray()
			.containsExactlyInAnyOrder("aws-lambda", "cloudbase");
		assertThat(result).bodyJson().extractingPath("$.equivalents.retries[0].platform").isEqualTo("aws-lambda");
		assertThat(result).bodyJson()
			.extractingPath("$.equivalents.sources.fixture-lambda.url")
			.isEqualTo("https://fixture.example/lambda");
		assertThat(result.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(plain.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(this.mvc.get().uri("/codes/402?include=equivalents")).bodyJson()
			.extractingPath("$.equivalents.unmatched[*].platform")
			.asArray()
			.containsExactly("aws-lambda", "alibaba-fc", "google-cloud-functions", "azure-functions", "cloudbase");
		assertThat(this.mvc.get().uri("/codes/433?include=equivalents&format=text")).bodyText()
			.contains("On other platforms (each fact cited; exact or approximate is the project's judgement):\n"
					+ "  AWS Lambda: exact\n")
			.contains("  Asynchronous retries on AWS Lambda: \"Fixture: Lambda tries twice more.");
		assertThat(this.mvc.get().uri("/codes/402?include=equivalents&format=text&lang=zh")).bodyText()
			.contains("无有出处的对应错误：AWS Lambda、Alibaba Cloud Function Compute、");
		MvcTestResult unknown = this.mvc.get().uri("/codes/433?include=everything").exchange();
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknown).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-include");
	}

	@Test
	void codeIsAnsweredAsTextForTerminals() {
		MvcTestResult result = this.mvc.get().uri("/codes/433?include=all").accept(MediaType.TEXT_PLAIN).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(result).bodyText()
			.startsWith("433 TimeLimitReached\nFixture: the time limit passed.\n"
					+ "  (official: Fixture status page, 2026-01-02)\n"
					+ "What to do (official: Fixture status page, 2026-01-02):\n")
			.contains("up to 12 hours")
			.contains("In the project's words: Fixture: the function ran out of time.");
	}

	@Test
	void textFollowsAcceptLanguage() {
		assertThat(this.mvc.get()
			.uri("/codes/433?include=all")
			.accept(MediaType.TEXT_PLAIN)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")).bodyText().contains("解决方法").contains("夹具：函数运行超时。");
	}

	@Test
	void formatAndLangParametersServeThoseWhoCannotSetHeaders() {
		assertThat(this.mvc.get().uri("/codes/434?format=text&lang=zh&include=details"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.startsWith("434 MemoryLimitReached\n")
			.contains("64GB");
		assertThat(this.mvc.get().uri("/codes/434?format=json").accept(MediaType.TEXT_PLAIN))
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
	}

	@Test
	void unknownCodeIsNotFoundWithTheNearestCodes() {
		MvcTestResult result = this.mvc.get().uri("/codes/431").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-code");
		assertThat(result).bodyJson().extractingPath("$.nearest[*].status").asArray().containsExactly(433, 434, 435);
	}

	@Test
	void nameInThePathIsABadRequestThatPointsToTheCode() {
		MvcTestResult result = this.mvc.get().uri("/codes/timelimitreached").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("a number from 100 to 599")
			.contains("/codes/433");
	}

	@Test
	void outOfRangeCodeIsABadRequest() {
		for (String status : new String[] { "99", "600", "-433", "123456789012", "４３３" }) {
			assertThat(this.mvc.get().uri("/codes/{status}", status)).as(status)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.contains("100 to 599");
		}
	}

	@Test
	void problemsAreTextWhenTheClientAskedForText() {
		assertThat(this.mvc.get().uri("/codes/431").accept(MediaType.TEXT_PLAIN)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.startsWith("404 Unknown status code\n")
			.contains("Did you mean: ")
			.endsWith("\n");
		assertThat(this.mvc.get().uri("/codes/431?lang=zh").accept(MediaType.TEXT_PLAIN)).bodyText()
			.startsWith("404 未知状态码\n")
			.contains("您是否要找：");
		assertThat(this.mvc.get().uri("/codes/431").accept(MediaType.APPLICATION_JSON)).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void nameFindsBothInvalidParameterValueCodes() {
		MvcTestResult result = this.mvc.get().uri("/codes?name= InvalidParameterValue ").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.codes[*].status").asArray().containsExactly(400, 436);
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(2);
	}

	@Test
	void aNameSharedByBothKindsAnswersWithBothLabelled() {
		MvcTestResult result = this.mvc.get().uri("/codes?name=InvalidParameterValue").exchange();
		assertThat(result).bodyJson().extractingPath("$.codes[*].kind").asArray().containsExactly("status", "status");
		assertThat(result).bodyJson().extractingPath("$.apiErrors[0].kind").isEqualTo("api-error");
		assertThat(result).bodyJson().extractingPath("$.apiErrors[0].code").isEqualTo("InvalidParameterValue");
		assertThat(result).bodyJson()
			.extractingPath("$.apiErrors[0].link")
			.isEqualTo("/api-errors/InvalidParameterValue");
		assertThat(this.mvc.get().uri("/codes?name=ResourceNotFound.Function")).bodyJson()
			.extractingPath("$.apiErrors[0].code")
			.isEqualTo("ResourceNotFound.Function");
		assertThat(this.mvc.get().uri("/codes?q=handler&format=text")).bodyText()
			.contains("API error codes:")
			.contains("InvalidParameterValue.Handler");
	}

	@Test
	void unknownNameIsAnEmptyListWithSuggestions() {
		MvcTestResult result = this.mvc.get().uri("/codes?name=MemoryLimitReach").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(0);
		assertThat(result).bodyJson().extractingPath("$.suggestions[0].status").isEqualTo(434);
		assertThat(this.mvc.get().uri("/codes?name=MemoryLimitReach&format=text")).bodyText()
			.contains("No status code matches: MemoryLimitReach")
			.contains("Did you mean: 434 MemoryLimitReached");
	}

	@Test
	void searchFindsCodesByWordsBestFirst() {
		assertThat(this.mvc.get().uri("/codes?q=memory leak")).bodyJson()
			.extractingPath("$.codes[*].status")
			.asArray()
			.containsExactly(434);
		assertThat(this.mvc.get().uri("/codes?q=内存 上限")).bodyJson().extractingPath("$.codes[0].status").isEqualTo(434);
	}

	@Test
	void wholeCatalogIsServedForDashboards() {
		assertThat(this.mvc.get().uri("/codes")).bodyJson().extractingPath("$.count").isEqualTo(11);
	}

	@Test
	void emptyOrConflictingParametersAreBadRequests() {
		assertThat(this.mvc.get().uri("/codes").param("name", "")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/codes").param("q", " ")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/codes?name=a&q=b")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:conflicting-parameters");
	}

	@Test
	void etagFollowsCatalogVersionAndRepresentation() {
		String version = this.catalogs.current().version();
		MvcTestResult json = this.mvc.get().uri("/codes/433").exchange();
		assertThat(json).headers()
			.hasValue(HttpHeaders.ETAG, "W/\"" + version + "-json\"")
			.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=300, public");
		assertThat(json.getResponse()
			.getHeaders(HttpHeaders.VARY)
			.stream()
			.flatMap((line) -> Arrays.stream(line.split(",")))
			.map(String::strip)).contains(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE);
		assertThat(this.mvc.get().uri("/codes/433?format=text&lang=zh")).headers()
			.hasValue(HttpHeaders.ETAG, "W/\"" + version + "-text-zh\"");
	}

	@Test
	void matchingIfNoneMatchGetsNotModified() {
		String etag = this.mvc.get().uri("/codes/433").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		MvcTestResult result = this.mvc.get().uri("/codes/433").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri("/codes/433").header(HttpHeaders.IF_NONE_MATCH, "\"old-json\"")).hasStatusOk();
	}

	@Test
	void wildcardIfNoneMatchGetsNotModifiedForAnExistingCode() {
		assertThat(this.mvc.get().uri("/codes/433").header(HttpHeaders.IF_NONE_MATCH, "*"))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/codes?name=TimeLimitReached").header(HttpHeaders.IF_NONE_MATCH, "*"))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/codes/431").header(HttpHeaders.IF_NONE_MATCH, "*"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void textNamesWhoActsAndTheRetryCategoryInWords() {
		assertThat(this.mvc.get().uri("/codes/433?format=text&include=retry")).bodyText()
			.contains("Who acts (the project's judgement): the function's code, the function's configuration")
			.contains("Async retry (execution error, ");
		assertThat(this.mvc.get().uri("/codes/433?format=text&lang=zh&include=retry")).bodyText()
			.contains("处理方（本项目的判断）：函数代码、函数配置")
			.contains("异步重试（运行错误，")
			.doesNotContain("function-code");
	}

	@Test
	void theShortTextSaysWhoActsAndTheRetryInTheProjectsWordsMarkedSo() throws Exception {
		StatusCode code = this.catalogs.current().find(433).orElseThrow();
		String text = this.mvc.get().uri("/codes/433?format=text").exchange().getResponse().getContentAsString();
		assertThat(text).startsWith("433 TimeLimitReached\n")
			.contains(code.guidance().en().description().text().get(0).substring(0, 20))
			.contains("Who acts (the project's judgement): the function's code")
			.contains("Retry (the project's summary of the retry page): async: retried as many times as")
			.endsWith("Everything, quoted with its sources: /codes/433?include=all\n");
		String zh = this.mvc.get().uri("/codes/433?format=text&lang=zh").exchange().getResponse().getContentAsString();
		assertThat(zh).contains("处理方（本项目的判断）：").contains("重试（本项目对重试策略页面的概括）：");
	}

	@Test
	void theShortJsonAddsWhatIncludeNames() throws Exception {
		MvcTestResult brief = this.mvc.get().uri("/codes/433").exchange();
		assertThat(brief).bodyJson().hasPath("$.guidance.en.description").hasPath("$.retryInBrief.zh");
		assertThat(brief).bodyJson()
			.doesNotHavePath("$.official")
			.doesNotHavePath("$.retry")
			.doesNotHavePath("$.causes")
			.doesNotHavePath("$.equivalents");
		MvcTestResult parts = this.mvc.get().uri("/codes/433?include=official,retry").exchange();
		assertThat(parts).bodyJson().hasPath("$.official[0]").hasPath("$.retry.category").doesNotHavePath("$.causes");
		MvcTestResult all = this.mvc.get().uri("/codes/433?include=all").exchange();
		assertThat(all).bodyJson()
			.hasPath("$.official[0]")
			.hasPath("$.retry.category")
			.hasPath("$.causes.en")
			.hasPath("$.equivalents");
		// every revision the short answer names is in its sources
		String body = brief.getResponse().getContentAsString();
		assertThat(body).contains("\"sources\":{\"");
		assertThat(this.mvc.get().uri("/codes/433?include=retry,nothing")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.known")
			.asArray()
			.contains("official", "all");
	}

	@Test
	void searchAsTextIsOneLineAHitBestFirst() throws Exception {
		String text = this.mvc.get().uri("/codes?q=memory&format=text").exchange().getResponse().getContentAsString();
		List<String> lines = text.lines().toList();
		List<String> hits = lines.stream().filter((line) -> line.matches("\\d{3} \\w+ .*")).toList();
		assertThat(hits).isNotEmpty();
		assertThat(hits).allSatisfy((line) -> assertThat(Columns.width(line)).isLessThanOrEqualTo(80));
		MvcTestResult json = this.mvc.get().uri("/codes?q=memory").exchange();
		assertThat(json).bodyJson().extractingPath("$.codes[0].link").asString().startsWith("/codes/");
		assertThat(json).bodyJson()
			.extractingPath("$.codes[0].status")
			.satisfies((status) -> assertThat(hits.get(0)).startsWith(status + " "));
		assertThat(json).bodyJson().doesNotHavePath("$.codes[0].official");
	}

	@Test
	void aBrowserIsSentToThePageForTheCode() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		assertThat(this.mvc.get().uri("/codes/433").header(HttpHeaders.ACCEPT, browser)).hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/?code=433");
		assertThat(this.mvc.get().uri("/codes/433?lang=zh").header(HttpHeaders.ACCEPT, browser)).headers()
			.hasValue(HttpHeaders.LOCATION, "/?code=433&lang=zh");
		// a program asking for anything, or for JSON, and an explicit format, get the
		// answer
		assertThat(this.mvc.get().uri("/codes/433").header(HttpHeaders.ACCEPT, "*/*")).hasStatusOk();
		assertThat(this.mvc.get().uri("/codes/433?format=json").header(HttpHeaders.ACCEPT, browser)).hasStatusOk();
		// the page says what is near an unknown code; a status that is no number stays a
		// problem
		assertThat(this.mvc.get().uri("/codes/431").header(HttpHeaders.ACCEPT, browser)).headers()
			.hasValue(HttpHeaders.LOCATION, "/?code=431");
		assertThat(this.mvc.get().uri("/codes/4x3").header(HttpHeaders.ACCEPT, browser))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownParameterIsRefusedWithTheKnownOnes() {
		MvcTestResult result = this.mvc.get().uri("/codes?nmae=TimeLimitReached").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-parameter");
		assertThat(result).bodyJson().extractingPath("$.known").asArray().contains("name", "q", "format", "lang");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("did you mean 'name'");
		assertThat(this.mvc.get().uri("/codes/433?includ=all")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void headIsAnsweredWithTheSameHeaders() {
		assertThat(this.mvc.head().uri("/codes/433")).hasStatusOk().headers().containsHeader(HttpHeaders.ETAG);
	}

	@Test
	void corsRefusalIsAProblemWithTheRequestId() {
		MvcTestResult result = this.mvc.options()
			.uri("/codes/433")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
			.header("X-Request-Id", "incident-7")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("incident-7");
		assertThat(result).bodyJson().extractingPath("$.requestId").isEqualTo("incident-7");
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:cross-origin-refused");
	}

	@Test
	void corsAllowsGetFromAnyOrigin() {
		assertThat(this.mvc.get().uri("/codes/433").header(HttpHeaders.ORIGIN, "https://dashboard.example")).headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(this.mvc.options()
			.uri("/codes/433")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD");
	}

	@Test
	void lookupsAreCountedByStatusAndOutcome() {
		this.mvc.get().uri("/codes/433").exchange();
		this.mvc.get().uri("/codes/431").exchange();
		assertThat(this.meters.get("scf.codes.lookups").tags("status", "433", "outcome", "found").counter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("scf.codes.lookups").tags("status", "431", "outcome", "not-found").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

}
