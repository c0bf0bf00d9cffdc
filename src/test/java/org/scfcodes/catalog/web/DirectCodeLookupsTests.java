package org.scfcodes.catalog.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.scfcodes.apierror.ApiErrorConfiguration;
import org.scfcodes.catalog.CatalogConfiguration;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.EquivalentsConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct lookups answer plain lookups of known codes themselves, and leave everything else untouched.
 * (That their answers equal the controller's is {@link DirectCodeLookupsEquivalenceIntegrationTests}.)
 */
@WebMvcTest(CodesController.class)
@Import({ DirectCodeLookups.class, PreparedAnswers.class, CatalogConfiguration.class, ApiErrorConfiguration.class, EquivalentsConfiguration.class, LookupCounter.class,
		SimpleMeterRegistry.class })
class DirectCodeLookupsTests {

	@Autowired
	DirectCodeLookups lookups;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@Autowired
	SimpleMeterRegistry meters;

	@Test
	void plainLookupOfAKnownCodeIsAnsweredWithoutTheDispatch() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/434");
		double before = lookups("434");
		long timed = timed("200");
		MockHttpServletResponse response = answer(request);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("\"name\":\"MemoryLimitReached\"");
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + this.catalogs.current().version() + "-json\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=300, public");
		assertThat(lookups("434")).isEqualTo(before + 1);
		assertThat(timed("200")).isEqualTo(timed + 1);
	}

	@Test
	void textInTheRequestedLanguageAndNotModifiedAreAnsweredDirectly() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/433");
		request.addHeader("Accept", "text/plain");
		request.addHeader("Accept-Language", "zh-CN");
		MockHttpServletResponse response = answer(request);
		assertThat(response.getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(response.getContentAsString()).startsWith("433 TimeLimitReached\n").contains("解决方法");

		MockHttpServletRequest again = new MockHttpServletRequest("GET", "/codes/433");
		again.setQueryString("format=text&lang=zh");
		again.setParameter("format", "text");
		again.setParameter("lang", "zh");
		again.addHeader("If-None-Match", response.getHeader("ETag"));
		long timed = timed("304");
		MockHttpServletResponse notModified = answer(again);
		assertThat(timed("304")).isEqualTo(timed + 1);
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
	}

	@Test
	void everythingElseIsPassedOnUntouched() throws Exception {
		MockHttpServletRequest[] others = { new MockHttpServletRequest("HEAD", "/codes/433"),
				new MockHttpServletRequest("POST", "/codes/433"), new MockHttpServletRequest("GET", "/codes/999"),
				new MockHttpServletRequest("GET", "/codes/43"), new MockHttpServletRequest("GET", "/codes/0433"),
				new MockHttpServletRequest("GET", "/codes/TimeLimitReached"), new MockHttpServletRequest("GET", "/codes"),
				new MockHttpServletRequest("GET", "/runtimes"), withHeader("Accept", "text/html"),
				withHeader("Accept", "application/json;q=0.9"), withHeader("If-None-Match", "*"),
				withHeader("If-None-Match", "\"a\", \"b\""), withHeader("If-Match", "\"a\""),
				withHeader("If-Modified-Since", "Thu, 01 Jan 2026 00:00:00 GMT"), withBody() };
		MockHttpServletRequest unknownFormat = new MockHttpServletRequest("GET", "/codes/433");
		unknownFormat.setQueryString("format=xml");
		unknownFormat.setParameter("format", "xml");
		MockHttpServletRequest withEquivalents = new MockHttpServletRequest("GET", "/codes/433");
		withEquivalents.setQueryString("include=equivalents");
		withEquivalents.setParameter("include", "equivalents");
		for (MockHttpServletRequest request : others) {
			assertPassedOn(request);
		}
		assertPassedOn(unknownFormat);
		assertPassedOn(withEquivalents);
	}

	@Test
	void statusIsReadFromExactlyThreeDigitsAfterTheContextPath() {
		assertThat(DirectCodeLookups.status("/codes/433", 0)).isEqualTo(433);
		assertThat(DirectCodeLookups.status("/api/codes/500", 4)).isEqualTo(500);
		assertThat(DirectCodeLookups.status("/api/codes/500", 0)).isEqualTo(-1);
		assertThat(DirectCodeLookups.status("/codes/43", 0)).isEqualTo(-1);
		assertThat(DirectCodeLookups.status("/codes/4334", 0)).isEqualTo(-1);
		assertThat(DirectCodeLookups.status("/codes/4-3", 0)).isEqualTo(-1);
		assertThat(DirectCodeLookups.status("/codex/433", 0)).isEqualTo(-1);
	}

	private MockHttpServletResponse answer(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.lookups.answer(request, response)).as("answered").isTrue();
		return response;
	}

	private void assertPassedOn(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.lookups.answer(request, response)).as(request.getMethod() + " " + request.getRequestURI())
			.isFalse();
		assertThat(response.getHeaderNames()).isEmpty();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	private static MockHttpServletRequest withHeader(String name, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/433");
		request.addHeader(name, value);
		return request;
	}

	private static MockHttpServletRequest withBody() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/433");
		request.setContent("{}".getBytes());
		return request;
	}

	private long timed(String status) {
		var timer = this.meters.find("http.server.requests").tag("uri", "/codes/{status}").tag("status", status).timer();
		return (timer != null) ? timer.count() : 0;
	}

	private double lookups(String status) {
		var counter = this.meters.find("scf.codes.lookups").tag("status", status).tag("outcome", "found").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
