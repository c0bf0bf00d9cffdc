package org.scfcodes.page;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address of the page is written whole by the server, as a reader without the
 * script, a chat preview or a screen reader gets it: the title names what was asked, the
 * description and Open Graph tags summarise it, and the answer is in the HTML, escaped.
 */
@RunningServiceTest
class PageWithoutScriptTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aCodeReadsWithItsNameInTheTitleAndPreview() throws Exception {
		HttpResponse<String> page = get("/?code=433", "en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).contains("<html lang=\"en\">")
			.contains("<title>433 TimeLimitReached · scf-codes</title>")
			.contains("<meta property=\"og:title\" content=\"433 TimeLimitReached · scf-codes\">")
			.contains("<meta name=\"description\" content=\"The function did not finish within its configured "
					+ "execution timeout.")
			.contains("<meta property=\"og:description\" content=\"The function did not finish")
			.contains("<article class=\"card\" data-status=\"433\">")
			.contains("Function execution is not completed after the execution timeout period elapses.")
			.contains("Sandbox.Timedout");
	}

	@Test
	void anApiErrorAndASearchReadToo() throws Exception {
		assertThat(get("/?api-error=ResourceNotFound.Function", "en").body())
			.contains("<title>ResourceNotFound.Function · scf-codes</title>")
			.contains("The function does not exist.")
			.contains("href=\"/?code=435\"");
		assertThat(get("/?q=timeout", "en").body()).contains("<title>timeout · scf-codes</title>")
			.contains("<details class=\"hit\" data-status=\"433\"><summary><span class=\"status\">433</span> "
					+ "<strong>TimeLimitReached</strong>");
		assertThat(get("/?code=431", "en").body()).contains("No status code 431 is known.")
			.containsPattern("Did you mean: <a href=\"/\\?code=4\\d\\d\">4\\d\\d [A-Za-z ]+</a>");
	}

	@Test
	void theStartPageIndexesEveryCode() throws Exception {
		String page = get("/", "en").body();
		assertThat(page).contains("<title>scf-codes</title>")
			.contains("<a href=\"/?code=200\"><span class=\"status\">200</span> Success</a>")
			.contains("<a href=\"/?code=433\"><span class=\"status\">433</span> TimeLimitReached</a>")
			.contains("<a href=\"/?api-error=ResourceNotFound\">ResourceNotFound</a>");
	}

	@Test
	void chineseByAcceptLanguageOrLang() throws Exception {
		for (HttpResponse<String> page : List.of(get("/?code=433", "zh-CN,zh;q=0.9"),
				get("/?code=433&lang=zh", "en"))) {
			assertThat(page.body()).contains("<html lang=\"zh-CN\">")
				.contains("<h1 id=\"lookup-title\">查询状态码</h1>")
				.contains("实例回收：是")
				.contains("href=\"/?code=433\" lang=\"en\"");
		}
		assertThat(get("/?lang=zh", "en").body()).contains("<a href=\"/?code=433&amp;lang=zh\">");
	}

	@Test
	void whatWasAskedIsEscaped() throws Exception {
		String page = get("/?q=%3Cscript%3Ealert(1)%3C/script%3E%22%3E", "en").body();
		assertThat(page).doesNotContain("<script>alert")
			.doesNotContain("\">\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;");
	}

	private HttpResponse<String> get(String path, String languages) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", languages)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
