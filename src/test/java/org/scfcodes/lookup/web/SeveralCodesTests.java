package org.scfcodes.lookup.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.text.Columns;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several status codes in one request, as {@code errno} and Err.exe take them: each
 * answered or refused, in the order asked.
 */
@FixtureWebTest
class SeveralCodesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<CodeCatalog> catalog;

	@Autowired
	SimpleMeterRegistry meters;

	@Test
	void aCommaListOrARepeatedParameterAnswersEachCodeInTheOrderAsked() {
		for (String query : new String[] { "status=434,433", "status=434&status=433", "status={spaced}" }) {
			MvcTestResult result = this.mvc.get()
				.uri("/codes?" + query, "434, 433")
				.accept(MediaType.APPLICATION_JSON)
				.exchange();
			assertThat(result).as(query).hasStatusOk();
			assertThat(result).bodyJson().extractingPath("$.codes[*].status").asArray().containsExactly(434, 433);
			assertThat(result).bodyJson().extractingPath("$.codes[0].link").isEqualTo("/codes/434");
			assertThat(result).bodyJson().extractingPath("$.refused").asArray().isEmpty();
		}
	}

	@Test
	void eachCodeThatHasNoAnswerIsRefusedWithWhyAndWhatIsNear() {
		MvcTestResult result = this.mvc.get()
			.uri("/codes?status=433,431,999,TimeLimitReachd,InvalidParameterValue")
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(result).hasStatusOk();
		int[] named = this.catalog.current()
			.findByName("InvalidParameterValue")
			.stream()
			.mapToInt((code) -> code.status())
			.toArray();
		assertThat(named).hasSize(2);
		assertThat(result).bodyJson()
			.extractingPath("$.codes[*].status")
			.asArray()
			.containsExactly(433, named[0], named[1]);
		assertThat(result).bodyJson()
			.extractingPath("$.refused[*].reason")
			.asArray()
			.containsExactly("unknown-code", "out-of-range", "unknown-name");
		assertThat(result).bodyJson().extractingPath("$.refused[0].status").isEqualTo("431");
		assertThat(result).bodyJson()
			.extractingPath("$.refused[0].nearest[*].status")
			.asArray()
			.containsExactlyElementsOf(
					this.catalog.current().nearest(431, 3).stream().map((ref) -> (Object) ref.status()).toList());
		assertThat(result).bodyJson()
			.extractingPath("$.refused[2].nearest[*].name")
			.asArray()
			.contains("TimeLimitReached");
	}

	@Test
	void aTerminalReadsTheShortAnswerOfEachCodeOnThePathOrInTheQuery() throws Exception {
		for (String uri : new String[] { "/codes/433,434,431", "/codes?status=433,434,431" }) {
			MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.USER_AGENT, "curl/8.5.0").exchange();
			assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
			String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(text).endsWith("\n");
			assertThat(text.indexOf("433 TimeLimitReached\n")).isGreaterThanOrEqualTo(0)
				.isLessThan(text.indexOf("434 MemoryLimitReached\n"));
			assertThat(text.lines().filter((line) -> line.startsWith("431"))).hasSize(1);
			assertThat(text.lines().mapToInt(Columns::width).max().orElseThrow()).isLessThanOrEqualTo(80);
		}
	}

	@Test
	void severalCodesOnThePathAsJsonAreSentToTheQueryForm() {
		assertThat(this.mvc.get().uri("/codes/433,434?lang=zh").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/codes?status=433,434&lang=zh");
	}

	@Test
	void moreThanTheLimitIsRefusedNamingIt() {
		String eleven = "430,431,432,433,434,435,436,437,438,439,440";
		for (String uri : new String[] { "/codes?status=" + eleven, "/codes/" + eleven }) {
			assertThat(this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON)).as(uri)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.limit")
				.isEqualTo(CodeSelection.LIMIT);
		}
	}

	@Test
	void statusDoesNotGoWithNameOrWordsAndOtherParametersStillMayNotRepeat() {
		assertThat(this.mvc.get().uri("/codes?status=433&q=timeout")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:conflicting-parameters");
		assertThat(this.mvc.get().uri("/codes?status=433&name=x")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/codes?status=433&q=a&q=b")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:repeated-parameter");
	}

	@Test
	void eachCodeAskedIsCounted() {
		this.mvc.get().uri("/codes?status=436,421").exchange();
		assertThat(this.meters.get("scf.codes.lookups").tags("status", "436", "outcome", "found").counter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get("scf.codes.lookups").tags("status", "421", "outcome", "not-found").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

}
