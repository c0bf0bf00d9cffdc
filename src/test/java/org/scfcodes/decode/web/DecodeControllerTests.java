package org.scfcodes.decode.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of error-text decoding, over the fixture data.
 */
@FixtureWebTest
class DecodeControllerTests {

	private static final String LOG = "ERROR RequestId:825d476e-0000 Result:{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 5 seconds\",\"statusCode\":433}";

	@Autowired
	MockMvcTester mvc;

	@Test
	void plainTextIsDecoded() {
		assertThat(this.mvc.post().uri("/codes/decode").contentType(MediaType.TEXT_PLAIN).content(LOG)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.codes[0].entry.name")
			.isEqualTo("TimeLimitReached");
	}

	@Test
	void jsonWithATextFieldIsDecoded() {
		assertThat(this.mvc.post()
			.uri("/codes/decode")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"SCF_StatusCode=445\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.codes[0].status")
			.isEqualTo(445);
		assertThat(this.mvc.post().uri("/codes/decode").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("text");
	}

	@Test
	void explanationReadsAsTextInTheRequestedLanguage() {
		assertThat(this.mvc.post()
			.uri("/codes/decode?lang=zh")
			.contentType(MediaType.TEXT_PLAIN)
			.accept(MediaType.TEXT_PLAIN)
			.content(LOG)).hasStatusOk()
			.bodyText()
			.startsWith("找到 1 个状态码：433 TimeLimitReached。")
			.contains("夹具：已超过时间限制。")
			.contains("夹具：让代码更快。")
			.contains("请求 ID：825d476e-0000");
	}

	@Test
	void anEmptyTextIsAProblemNotAnAnswerWithoutCodes() {
		for (MockMvcTester.MockMvcRequestBuilder request : List.of(
				this.mvc.post().uri("/codes/decode").contentType(MediaType.TEXT_PLAIN).content(""),
				this.mvc.post().uri("/codes/decode").contentType(MediaType.TEXT_PLAIN).content(" \n "),
				this.mvc.post()
					.uri("/codes/decode")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"\"}"))) {
			MvcTestResult result = request.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:scf-codes:problem:empty-text");
		}
		assertThat(this.mvc.post().uri("/codes/decode").contentType(MediaType.TEXT_PLAIN).content("no codes here"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.codes")
			.asArray()
			.isEmpty();
	}

	@Test
	void aTextFieldThatIsNotAStringIsABadRequest() {
		for (String body : List.of("{\"text\":123}", "{\"text\":true}", "{\"text\":1.5}", "{\"text\":{}}",
				"{\"text\":[\"a\"]}", "{}")) {
			assertThat(this.mvc.post().uri("/codes/decode").contentType(MediaType.APPLICATION_JSON).content(body))
				.as(body)
				.hasStatus(HttpStatus.BAD_REQUEST);
		}
	}

	@Test
	void oversizedBodyIsAContentTooLargeProblem() {
		assertThat(this.mvc.post().uri("/codes/decode").contentType(MediaType.TEXT_PLAIN).content("x".repeat(300_000)))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void unbalancedJsonIsABadRequest() {
		assertThat(
				this.mvc.post().uri("/codes/decode").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"abc"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
