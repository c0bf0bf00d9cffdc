package org.scfcodes.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scfcodes.FixtureWebTest;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as Grafana value mappings: the shape a panel's {@code mappings} field
 * takes, every code of the catalog once, in English or Chinese, an ETag per catalog
 * version and language; and the same mappings as rows for a live dashboard. Over the
 * fixture catalog.
 */
@FixtureWebTest
class GrafanaMappingsControllerTests {

	private static final String PATH = "/codes/grafana-value-mappings";

	private static final String ROWS = "/codes/grafana-value-mappings/rows";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@Test
	void eachStatusIsMappedToItsCodeAndNameColouredByWhoActs() {
		MvcTestResult result = this.mvc.get().uri(PATH).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$[0].type").isEqualTo("value");
		assertThat(result).bodyJson()
			.extractingPath("$[0].options.433")
			.isEqualTo(Map.of("text", "433 TimeLimitReached", "color", "orange", "index", 4));
		assertThat(result).bodyJson().extractingPath("$[0].options.400.color").isEqualTo("blue");
		assertThat(result).bodyJson().extractingPath("$[0].options.402.color").isEqualTo("purple");
		assertThat(result).bodyJson().extractingPath("$[0].options.405.color").isEqualTo("yellow");
		assertThat(result).bodyJson().extractingPath("$[0].options.500.color").isEqualTo("red");
		assertThat(result).bodyJson().extractingPath("$[0].options.200.color").isEqualTo("green");
	}

	@Test
	void everyCodeOfTheCatalogIsMappedOnceInStatusOrder() {
		MvcTestResult result = this.mvc.get().uri(PATH).exchange();
		var codes = this.catalogs.current().all();
		assertThat(result).bodyJson().extractingPath("$[0].options").asMap().hasSize(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			StatusCode code = codes.get(i);
			assertThat(result).bodyJson().extractingPath("$[0].options." + code.status() + ".index").isEqualTo(i);
			assertThat(result).bodyJson()
				.extractingPath("$[0].options." + code.status() + ".text")
				.isEqualTo(code.status() + " " + code.name());
		}
	}

	@Test
	void inChineseEveryStatusIsShownWithWhatItMeansInTheSameColourAndPlace() {
		JsonNode english = options(this.mvc.get().uri(PATH).exchange());
		JsonNode chinese = options(this.mvc.get().uri(PATH + "?lang=zh").exchange());
		List<StatusCode> codes = this.catalogs.current().all();
		assertThat(chinese.propertyNames()).containsExactlyElementsOf(english.propertyNames()).hasSize(codes.size());
		for (StatusCode code : codes) {
			JsonNode zh = chinese.path(String.valueOf(code.status()));
			JsonNode en = english.path(String.valueOf(code.status()));
			assertThat(code.meaning().zh()).as("%s", code.status()).containsPattern("\\p{IsHan}");
			assertThat(zh.path("text").asString()).as("%s", code.status())
				.isEqualTo(code.status() + " " + code.name() + "：" + code.meaning().zh())
				.isNotEqualTo(en.path("text").asString());
			assertThat(zh.path("color")).isEqualTo(en.path("color"));
			assertThat(zh.path("index")).isEqualTo(en.path("index"));
		}
		assertThat(chinese.path("433").path("text").asString()).isEqualTo("433 TimeLimitReached：夹具：函数运行超时。");
	}

	@Test
	void acceptLanguageAsksForChineseAsLangDoesAndLangComesFirst() {
		String byParameter = body(this.mvc.get().uri(PATH + "?lang=zh").exchange());
		String english = body(this.mvc.get().uri(PATH).exchange());
		for (String accepted : new String[] { "zh", "zh-CN,zh;q=0.9,en;q=0.8", "fr, zh-TW" }) {
			assertThat(body(this.mvc.get().uri(PATH).header(HttpHeaders.ACCEPT_LANGUAGE, accepted).exchange()))
				.as(accepted)
				.isEqualTo(byParameter);
		}
		assertThat(body(this.mvc.get().uri(PATH + "?lang=en").header(HttpHeaders.ACCEPT_LANGUAGE, "zh").exchange()))
			.isEqualTo(english);
		assertThat(body(this.mvc.get().uri(PATH).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange()))
			.isEqualTo(english);
		assertThat(byParameter).isNotEqualTo(english);
	}

	@Test
	void anUnknownLanguageIsABadRequestOnBothPaths() {
		for (String path : new String[] { PATH, ROWS }) {
			for (String lang : new String[] { "fr", "", "cn", "zh-CN" }) {
				MvcTestResult result = this.mvc.get().uri(path + "?lang=" + lang).exchange();
				assertThat(result).as(path + "?lang=" + lang)
					.hasStatus(HttpStatus.BAD_REQUEST)
					.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(result).bodyJson()
					.extractingPath("$.type")
					.isEqualTo("urn:scf-codes:problem:unknown-language");
				assertThat(result).bodyJson().extractingPath("$.accepted").asArray().containsExactly("en", "zh");
			}
		}
	}

	@Test
	void answerIsTaggedWithTheCatalogVersionAndLanguageAndRevalidated() {
		String version = this.catalogs.current().version();
		String english = "W/\"" + version + "-en-json\"";
		String chinese = "W/\"" + version + "-zh-json\"";
		for (String path : new String[] { PATH, ROWS }) {
			MvcTestResult answer = this.mvc.get().uri(path).exchange();
			assertThat(answer).headers()
				.hasValue(HttpHeaders.ETAG, english)
				.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=300, public");
			assertThat(answer.getResponse()
				.getHeaders(HttpHeaders.VARY)
				.stream()
				.flatMap((line) -> Arrays.stream(line.split(",")))
				.map(String::strip)).as("shared caches keep each language apart").contains(HttpHeaders.ACCEPT_LANGUAGE);
			assertThat(this.mvc.get().uri(path + "?lang=zh")).headers().hasValue(HttpHeaders.ETAG, chinese);
			MvcTestResult revalidated = this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, english).exchange();
			assertThat(revalidated).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
			assertThat(this.mvc.get()
				.uri(path)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
				.header(HttpHeaders.IF_NONE_MATCH, chinese)).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(this.mvc.get().uri(path + "?lang=zh").header(HttpHeaders.IF_NONE_MATCH, english))
				.as("the English answer held is not current for a Chinese request")
				.hasStatusOk();
			assertThat(this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, "\"old-en-json\"")).hasStatusOk();
		}
	}

	@Test
	void rowsAreTheMappingsEntryForEntryInEachLanguage() {
		for (String lang : new String[] { "en", "zh" }) {
			JsonNode options = options(this.mvc.get().uri(PATH + "?lang=" + lang).exchange());
			MvcTestResult result = this.mvc.get().uri(ROWS + "?lang=" + lang).exchange();
			assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
			JsonNode rows = JSON.readTree(body(result));
			assertThat(rows.isArray()).isTrue();
			assertThat(rows.size()).as(lang).isEqualTo(options.size()).isEqualTo(this.catalogs.current().size());
			for (int i = 0; i < rows.size(); i++) {
				JsonNode row = rows.get(i);
				assertThat(row.propertyNames()).containsExactly("value", "text", "color");
				JsonNode option = options.path(row.path("value").asString());
				assertThat(option.isMissingNode()).as("%s row %d", lang, i).isFalse();
				// Grafana numbers the mappings it makes of rows by their position
				assertThat(option.path("index").asInt()).as("%s row %d", lang, i).isEqualTo(i);
				assertThat(row.path("text")).isEqualTo(option.path("text"));
				assertThat(row.path("color")).isEqualTo(option.path("color"));
			}
		}
	}

	@Test
	void rowsAreJsonOnly() {
		// curl's default (anything) gets the JSON, though curl gets text where there is
		// some
		assertThat(this.mvc.get().uri(ROWS).header(HttpHeaders.USER_AGENT, "curl/8.14.1")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(this.mvc.get().uri(ROWS).accept(MediaType.TEXT_PLAIN)).hasStatus(HttpStatus.NOT_ACCEPTABLE);
		// a JSON-only answer takes no format: the parameter is not one it knows (said as
		// text, as format=text asked)
		assertThat(this.mvc.get().uri(ROWS + "?format=text")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.startsWith("400 Unknown parameter\n");
		assertThat(this.mvc.get().uri(ROWS + "?format=text").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:scf-codes:problem:unknown-parameter");
	}

	private static JsonNode options(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return JSON.readTree(body(result)).path(0).path("options");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
