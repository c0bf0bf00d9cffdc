package org.scfcodes;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web tests answer from the fixtures, not from the real data: a test on
 * {@link FixtureWebTest} that quietly read the embedded files would assert the real
 * wording again.
 */
@FixtureWebTest
class FixtureDataTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyDataFileServedIsTheFixtures() {
		assertThat(this.mvc.get().uri("/codes/433")).bodyJson()
			.extractingPath("$.catalogVersion")
			.asString()
			.startsWith("fixture-1+");
		assertThat(this.mvc.get().uri("/api-errors/InvalidParameterValue")).bodyJson()
			.extractingPath("$.apiErrorsVersion")
			.asString()
			.startsWith("fixture-1+");
		assertThat(this.mvc.get().uri("/equivalents?platform=aws-lambda")).bodyJson()
			.extractingPath("$.equivalentsVersion")
			.asString()
			.startsWith("fixture-1+");
		assertThat(this.mvc.get().uri("/codes/433?format=text").accept(MediaType.TEXT_PLAIN)).bodyText()
			.contains("Fixture: the time limit passed.");
	}

}
