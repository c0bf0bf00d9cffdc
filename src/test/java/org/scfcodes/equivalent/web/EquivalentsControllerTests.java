package org.scfcodes.equivalent.web;

import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the reverse lookup: from an error as another platform names it to
 * the SCF statuses, over the fixture data.
 */
@FixtureWebTest
class EquivalentsControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<Equivalents> equivalents;

	@Test
	void aLambdaErrorTypeFindsItsScfStatusWithTheMatchAndItsSources() {
		MvcTestResult result = this.mvc.get()
			.uri("/equivalents?platform=aws-lambda&error=Runtime.HandlerNotFound")
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.found[0].status").isEqualTo(437);
		assertThat(result).bodyJson().extractingPath("$.found[0].match").isEqualTo("exact");
		assertThat(result).bodyJson().extractingPath("$.found[0].identifier.kind").isEqualTo("error-type");
		assertThat(result).bodyJson().extractingPath("$.found[0].link").isEqualTo("/codes/437?include=equivalents");
		assertThat(result).bodyJson()
			.extractingPath("$.sources.fixture-ric.url")
			.isEqualTo("https://fixture.example/lambda-ric");
		assertThat(result).bodyJson()
			.extractingPath("$.equivalentsVersion")
			.isEqualTo(this.equivalents.current().version());
	}

	@Test
	void aFunctionComputeCodeFindsItsScfStatusOnAnyPlatform() {
		assertThat(this.mvc.get().uri("/equivalents?platform=alibaba-fc&error=FunctionNotFound")).bodyJson()
			.extractingPath("$.found[0].status")
			.isEqualTo(435);
		assertThat(this.mvc.get().uri("/equivalents?error=FunctionNotFound")).bodyJson()
			.extractingPath("$.found[*].equivalent.platform")
			.asArray()
			.containsExactly("alibaba-fc");
		assertThat(this.mvc.get().uri("/equivalents?error=Runtime.ImportModuleError")).bodyJson()
			.extractingPath("$.found[0].match")
			.isEqualTo("approximate");
	}

	@Test
	void aPlatformIsNamedByItsIdAsTheContractListsThem() {
		for (String platform : new String[] { "CloudBase", " aws-lambda", "aws-lambda " }) {
			assertThat(this.mvc.get().uri("/equivalents").param("platform", platform)).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.platforms")
				.asArray()
				.contains("cloudbase", "aws-lambda");
		}
	}

	@Test
	void anUnknownErrorIsEchoedWithoutItsControlCharacters() {
		MvcTestResult result = this.mvc.get().uri("/equivalents").param("error", "a\nb\u202Ec").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'a?b?c'").doesNotContain("\n");
	}

	@Test
	void aPlatformAloneListsItsEquivalents() {
		MvcTestResult result = this.mvc.get().uri("/equivalents?platform=cloudbase").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.platform").isEqualTo("cloudbase");
		assertThat(result).bodyJson()
			.extractingPath("$.found[*].equivalent.platform")
			.asArray()
			.isNotEmpty()
			.containsOnly("cloudbase");
		assertThat(this.mvc.get().uri("/equivalents")).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(this.equivalents.current().all().size());
	}

	@Test
	void anUnknownPlatformOrErrorIsAProblemWithWhatIsKnown() {
		MvcTestResult platform = this.mvc.get().uri("/equivalents?platform=aws&error=x").exchange();
		assertThat(platform).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(platform).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-platform");
		assertThat(platform).bodyJson().extractingPath("$.platforms").asArray().contains("aws-lambda", "alibaba-fc");
		MvcTestResult error = this.mvc.get()
			.uri("/equivalents?platform=aws-lambda&error=Runtime.HandlerNotFund")
			.exchange();
		assertThat(error).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(error).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:unknown-error");
		assertThat(error).bodyJson().extractingPath("$.nearest[0]").isEqualTo("Runtime.HandlerNotFound");
		assertThat(this.mvc.get().uri("/equivalents").param("error", " ")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void textNamesTheStatusTheMatchAndWhatIsSeenThere() {
		assertThat(this.mvc.get().uri("/equivalents?error=Runtime.HandlerNotFound&format=text")).bodyText()
			.startsWith("Runtime.HandlerNotFound: 1 SCF status(es)\n437 HandlerNotFound — exact")
			.contains("error type: Runtime.HandlerNotFound [https://fixture.example/lambda-ric");
		assertThat(this.mvc.get().uri("/equivalents?error=CAFileNotFound&format=text&lang=zh")).bodyText()
			.contains("437 HandlerNotFound — 部分对应")
			.contains("区别：");
	}

	@Test
	void answersCarryAnETagThatIfNoneMatchRevalidates() {
		MvcTestResult first = this.mvc.get().uri("/equivalents?error=FunctionNotFound").exchange();
		String eTag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(eTag).isNotBlank();
		assertThat(this.mvc.get().uri("/equivalents?error=FunctionNotFound").header(HttpHeaders.IF_NONE_MATCH, eTag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

}
