package org.scfcodes.handler.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfcodes.handler.TestZips.zip;

/**
 * The HTTP contract of handler validation and the runtime list, the statuses from the
 * fixture catalog.
 */
@FixtureWebTest
class HandlerControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void jsonRequestGetsAVerdictWithFindings() {
		MvcTestResult result = post("{\"runtime\":\"python3.9\",\"handler\":\"index.py.main_handler\"}");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.runtime.id").isEqualTo("Python3.9");
		assertThat(result).bodyJson().extractingPath("$.findings[0].rule").isEqualTo("handler.file-suffix");
		assertThat(result).bodyJson().extractingPath("$.findings[0].failure.code.status").isEqualTo(437);
		assertThat(result).bodyJson().extractingPath("$.suggestedHandler").isEqualTo("index.main_handler");
	}

	@Test
	void verdictReadsAsTextInChinese() {
		assertThat(this.mvc.post()
			.uri("/handler/validate?lang=zh")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_PLAIN)
			.content("{\"runtime\":\"Go1\",\"handler\":\"main.main\"}")).hasStatusOk()
			.bodyText()
			.startsWith("无效  Go1  main.main")
			.contains("建议的执行方法：main");
	}

	@Test
	void multipartRequestChecksThePackage() {
		MockMultipartFile pkg = new MockMultipartFile("package", "code.zip", "application/zip",
				zip().file("src/index.py", "def main_handler(e, c):\n    pass\n").bytes());
		MvcTestResult result = this.mvc.post()
			.uri("/handler/validate")
			.multipart()
			.file(pkg)
			.part(part("runtime", "Python3.9"), part("handler", "index.main_handler"))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.findings[0].rule").isEqualTo("package.entry-in-folder");
		assertThat(result).bodyJson().extractingPath("$.packageChecked.filename").isEqualTo("code.zip");
	}

	@Test
	void brokenUploadIsAProblemAndTheServiceKeepsServing() {
		MockMultipartFile pkg = new MockMultipartFile("package", "code.zip", "application/zip", "not a zip".getBytes());
		assertThat(this.mvc.post()
			.uri("/handler/validate")
			.multipart()
			.file(pkg)
			.part(part("runtime", "Python3.9"), part("handler", "index.main_handler")))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:package-not-zip");
		assertThat(post("{\"runtime\":\"Go1\",\"handler\":\"main\"}")).hasStatusOk();
	}

	@Test
	void unknownRuntimeListsTheAcceptedOnes() {
		MvcTestResult result = post("{\"runtime\":\"Ruby2.7\",\"handler\":\"x.y\"}");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.accepted")
			.asArray()
			.contains("Python3.9", "Java11", "CustomRuntime");
	}

	@Test
	void missingFieldIsNamed() {
		MvcTestResult result = post("{\"runtime\":\"Python3.9\"}");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("handler");
		assertThat(post("{\"runtime\":\" \",\"handler\":\"a.b\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("runtime");
		assertThat(this.mvc.post()
			.uri("/handler/validate")
			.multipart()
			.file(new MockMultipartFile("package", "code.zip", "application/zip", zip().file("main", "").bytes()))
			.part(part("runtime", "Go1"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("handler");
	}

	@Test
	void formAndJsonBodyReadAnEmptyHandlerAlike() throws Exception {
		MvcTestResult json = post("{\"runtime\":\"Python3.9\",\"handler\":\"\"}");
		MvcTestResult form = this.mvc.post()
			.uri("/handler/validate")
			.multipart()
			.file(new MockMultipartFile("package", "code.zip", "application/zip", zip().file("index.py", "").bytes()))
			.part(part("runtime", "Python3.9"), part("handler", ""))
			.exchange();
		assertThat(json).hasStatusOk().bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(form).hasStatusOk().bodyJson().extractingPath("$.valid").isEqualTo(false);
		assertThat(form).bodyJson()
			.extractingPath("$.findings[0].rule")
			.isEqualTo(
					com.jayway.jsonpath.JsonPath.read(json.getResponse().getContentAsString(), "$.findings[0].rule"));
		assertThat(this.mvc.post()
			.uri("/handler/validate")
			.multipart()
			.file(new MockMultipartFile("package", "code.zip", "application/zip", zip().file("index.py", "").bytes()))
			.part(part("runtime", ""), part("handler", "index.main_handler"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("runtime");
	}

	@Test
	void lengthLimitsCountCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE00";
		assertThat(post("{\"runtime\":\"Python3.9\",\"handler\":\"" + emoji.repeat(600) + "\"}")).hasStatusOk();
		assertThat(post("{\"runtime\":\"Python3.9\",\"handler\":\"" + "a".repeat(1025) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("handler");
	}

	@Test
	void aRefusedBodyIsExplainedInOneLanguageTheOneAskedFor() {
		MvcTestResult chinese = this.mvc.post()
			.uri("/handler/validate?lang=zh")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"runtime\":\" \",\"handler\":\"a.b\"}")
			.exchange();
		assertThat(chinese).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(chinese).bodyJson().extractingPath("$.title").isEqualTo("请求无效");
		assertThat(chinese).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("请求无效")
			.doesNotContain("Invalid");
		MvcTestResult english = post("{\"runtime\":\" \",\"handler\":\"a.b\"}");
		assertThat(english).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Invalid request: 'runtime' ")
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void malformedJsonIsABadRequestWithoutInternals() {
		MvcTestResult result = post("{\"runtime\": [1, 2");
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyText().doesNotContain("org.scfcodes").doesNotContain("tools.jackson");
		assertThat(post("{\"runtime\":{},\"handler\":\"a.b\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'runtime'");
	}

	@Test
	void wrongContentTypeIsUnsupported() {
		assertThat(this.mvc.post().uri("/handler/validate").contentType(MediaType.APPLICATION_XML).content("<a/>"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownFunctionTypeIsABadRequest() {
		assertThat(post("{\"runtime\":\"Go1\",\"handler\":\"main\",\"functionType\":\"cron\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.accepted")
			.asArray()
			.contains("web");
	}

	@Test
	void runtimesAreListedWithTheirForms() {
		MvcTestResult result = this.mvc.get().uri("/runtimes").exchange();
		assertThat(result).hasStatusOk().headers().containsHeader("ETag");
		assertThat(result).bodyJson()
			.extractingPath("$.runtimes[?(@.id=='Java11')].inferred")
			.asArray()
			.containsExactly(true);
		assertThat(result).bodyJson()
			.extractingPath("$.runtimes[?(@.id=='Go1')].handlerForm")
			.asArray()
			.containsExactly("binary");
	}

	@Test
	void anUnknownRuntimeAsTextListsTheAcceptedOnesOnce() throws Exception {
		for (String lang : new String[] { "en", "zh" }) {
			MvcTestResult result = this.mvc.post()
				.uri("/handler/validate?lang=" + lang)
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.USER_AGENT, "curl/8.5.0")
				.content("{\"runtime\":\"Python9\",\"handler\":\"index.main\"}")
				.exchange();
			assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
			String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(text.split("Python3\\.9", -1)).as(text).hasSize(2);
		}
	}

	@Test
	void runtimesAsTextNameAnExampleOrSayWhyThereIsNone() {
		for (String lang : new String[] { "en", "zh" }) {
			MvcTestResult result = this.mvc.get().uri("/runtimes?format=text&lang=" + lang).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result).bodyText().doesNotContain("null").contains("bootstrap");
		}
	}

	private static MockPart part(String name, String value) {
		return new MockPart(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private MvcTestResult post(String json) {
		return this.mvc.post()
			.uri("/handler/validate")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

}
