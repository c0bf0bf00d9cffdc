package org.scfcodes.http;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the framework or a handler raises is a problem in one shape.
 */
@WebMvcTest(ProblemDetailsTests.FailingController.class)
@Import(ProblemDetailsTests.FailingController.class)
@EnableConfigurationProperties(HttpProperties.class)
class ProblemDetailsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unexpectedExceptionIsAProblemWithoutInternals() {
		MvcTestResult result = this.mvc.get().uri("/boom").exchange();
		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyText()
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret")
			.doesNotContain("org.scfcodes");
	}

	@Test
	void unknownPathIsANotFoundProblem() {
		MvcTestResult result = this.mvc.get().uri("/no/such/path").exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("No endpoint at GET /no/such/path");
	}

	@Test
	void wrongMethodIsAMethodNotAllowedProblem() {
		assertThat(this.mvc.delete().uri("/boom")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void problemInstanceIsTheRequestId() {
		MvcTestResult result = this.mvc.get().uri("/no/such/path").header(RequestIds.HEADER, "incident-42").exchange();
		assertThat(result).headers().hasValue(RequestIds.HEADER, "incident-42");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("incident-42");
	}

	@Test
	void malformedRequestIdIsReplaced() {
		MvcTestResult result = this.mvc.get()
			.uri("/no/such/path")
			.header(RequestIds.HEADER, "bad id\n<script>")
			.exchange();
		assertThat(result.getResponse().getHeader(RequestIds.HEADER)).matches("[0-9a-f]{32}");
	}

	@Test
	void unsupportedAcceptIsANotAcceptableProblem() {
		assertThat(this.mvc.get().uri("/boom").accept(MediaType.APPLICATION_XML)).hasStatus(HttpStatus.NOT_ACCEPTABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void noServerVersionIsAnnounced() {
		assertThat(this.mvc.get().uri("/no/such/path")).headers().doesNotContainHeader(HttpHeaders.SERVER);
	}

	@RestController
	static class FailingController {

		@GetMapping(path = "/boom", produces = MediaType.APPLICATION_JSON_VALUE)
		String boom() {
			throw new IllegalStateException("secret internals");
		}

	}

}
