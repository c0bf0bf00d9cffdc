package org.scfcodes.apierror.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the API error lookups, over the fixture data.
 */
@FixtureWebTest
class ApiErrorsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<ApiErrorCatalog> errors;

	@Autowired
	SimpleMeterRegistry meters;

	@Test
	void aCodeInAnyCaseIsAnsweredWithItsCanonicalSpelling() {
		MvcTestResult result = this.mvc.get().uri("/api-errors/resourcenotfound.function").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("ResourceNotFound.Function");
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("api-error");
		assertThat(result).bodyJson().extractingPath("$.errorClass").isEqualTo("ResourceNotFound");
		assertThat(result).bodyJson().extractingPath("$.description.zh").isEqualTo("夹具：函数不在。");
		assertThat(result).bodyJson().extractingPath("$.statuses[0].status").isEqualTo(435);
		assertThat(result).bodyJson().extractingPath("$.apiErrorsVersion").isEqualTo(this.errors.current().version());
		assertThat(result).bodyJson()
			.extractingPath("$.sources.fixture-sdk.url")
			.isEqualTo("https://fixture.example/sdk/errorcodes");
	}

	@Test
	void anUnknownCodeIsANotFoundProblemWithTheNearestCodes() {
		MvcTestResult result = this.mvc.get().uri("/api-errors/ResourceNotFound.Functoin").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-api-error");
		assertThat(result).bodyJson().extractingPath("$.nearest[0]").isEqualTo("ResourceNotFound.Function");
	}

	@Test
	void aRetiredCodeIsANotFoundProblemThatNamesTheLastSdkReleasesThatListedIt() {
		MvcTestResult result = this.mvc.get().uri("/api-errors/invalidparametervalue.fixtureretired").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson()
			.extractingPath("$.retired.code")
			.isEqualTo("InvalidParameterValue.FixtureRetired");
		assertThat(result).bodyJson().extractingPath("$.retired.lastListed[0].version").isEqualTo("9.0.1");
		assertThat(result).bodyJson().extractingPath("$.retired.lastListed[0].droppedIn").isEqualTo("9.0.2");
		assertThat(this.mvc.get().uri("/api-errors/ResourceNotFound.Functoin")).bodyJson().doesNotHavePath("$.retired");
	}

	@Test
	void aClassOrWordsListTheMatchingCodes() {
		assertThat(this.mvc.get().uri("/api-errors?class=LimitExceeded")).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/api-errors?q=内存")).bodyJson()
			.extractingPath("$.errors[*].code")
			.asArray()
			.contains("LimitExceeded.Memory");
		assertThat(this.mvc.get().uri("/api-errors")).bodyJson().extractingPath("$.count").isEqualTo(7);
		assertThat(this.mvc.get().uri("/api-errors?class=Nope")).bodyJson().extractingPath("$.count").isEqualTo(0);
		assertThat(this.mvc.get().uri("/api-errors?class=a&q=b")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void textExplainsTheCodeWithTheOfficialWordsItsRemediesRestOn() {
		assertThat(this.mvc.get().uri("/api-errors/InvalidParameterValue.Memory?format=text")).bodyText()
			.startsWith("InvalidParameterValue.Memory\nFixture: the memory value is wrong.\n"
					+ "  (official: Fixture SDK error list, 2026-01-04)\n")
			.contains("What to do (the project's words, each with the official text it rests on):")
			.contains("64M - 1024M");
		assertThat(this.mvc.get().uri("/api-errors/FailedOperation.AccountInsufficient?format=text")).bodyText()
			.contains("the project's translation: the SDK has no description in this language");
		assertThat(this.mvc.get().uri("/api-errors/ResourceNotFound.Function?format=text&lang=zh")).bodyText()
			.contains("夹具：函数不在。")
			.contains("相关状态码");
	}

	@Test
	void answersCarryAnETagOfTheApiErrorCatalog() {
		String version = this.errors.current().version();
		MvcTestResult first = this.mvc.get().uri("/api-errors/LimitExceeded.Memory").exchange();
		assertThat(first).headers().hasValue(HttpHeaders.ETAG, "W/\"" + version + "-json\"");
		assertThat(this.mvc.get()
			.uri("/api-errors/LimitExceeded.Memory")
			.header(HttpHeaders.IF_NONE_MATCH, first.getResponse().getHeader(HttpHeaders.ETAG)))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void lookupsAreCountedByCodeWithEveryUnknownCodeAsOne() {
		this.mvc.get().uri("/api-errors/limitexceeded.memory").exchange();
		this.mvc.get().uri("/api-errors/Made.Up1").exchange();
		this.mvc.get().uri("/api-errors/Made.Up2").exchange();
		assertThat(this.meters.get("scf.codes.api.error.lookups")
			.tags("code", "LimitExceeded.Memory", "outcome", "found")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("scf.codes.api.error.lookups")
			.tags("code", "unknown", "outcome", "not-found")
			.counter()
			.count()).isGreaterThanOrEqualTo(2);
		assertThat(this.meters.find("scf.codes.api.error.lookups").tag("code", "Made.Up1").counter()).isNull();
	}

	@Test
	void aBrowserIsSentToThePageForTheCode() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		assertThat(this.mvc.get().uri("/api-errors/resourcenotfound.function").header(HttpHeaders.ACCEPT, browser))
			.hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/?api-error=resourcenotfound.function");
		assertThat(this.mvc.get().uri("/api-errors/resourcenotfound.function").header(HttpHeaders.ACCEPT, "*/*"))
			.hasStatusOk();
	}

}
