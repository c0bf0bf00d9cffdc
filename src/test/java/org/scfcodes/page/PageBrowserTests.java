package org.scfcodes.page;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scfcodes.RunningServiceTest;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfcodes.page.Chromium.await;
import static org.scfcodes.page.Chromium.driver;
import static org.scfcodes.page.Chromium.script;

/**
 * The page at {@code /}, used in Debian's Chromium as a person would: by mouse and by
 * keyboard alone, in both languages, at a phone's width; no test may leave an error in
 * the console. Run with {@code -Dscreenshot.update=true} to refresh the screenshot
 * README.md shows.
 */
@RunningServiceTest
@ExtendWith(Chromium.ScreenshotOnFailure.class)
class PageBrowserTests {

	/** Ids of the data and the API that are no words for people, in either language. */
	private static final Pattern RAW_ID = Pattern.compile("status-field|sdk-exception|sdk-error|api-response|code-field"
			+ "|handler\\.[a-z]+-[a-z-]+|function-code|function-configuration|error-type|http-status|service-error"
			+ "|cut-short|\\bplatform: (deploy|invocation)\\b");

	/** English words that were once left in the Chinese page. */
	private static final Pattern ENGLISH_IN_CHINESE = Pattern
		.compile("\\b(hours|deploy|invocation|exact|approximate|error type|yes|not stated)\\b");

	@LocalServerPort
	int port;

	@Autowired
	ReloadableFile<CodeCatalog> codes;

	@Autowired
	ReloadableFile<ApiErrorCatalog> apiErrors;

	@BeforeAll
	static void startChromium() {
		Chromium.start();
	}

	@AfterAll
	static void stopChromium() {
		Chromium.stop();
	}

	@BeforeEach
	void forgetEarlierConsole() {
		Chromium.consoleErrors();
	}

	@AfterEach
	void noErrorInTheConsole() {
		assertThat(Chromium.consoleErrors()).as("errors in the console").isEmpty();
	}

	@Test
	void typingACodeShowsItsCardAndPutsTheCodeInTheTitle() throws IOException {
		open("/");
		assertThat(focused()).as("the search has the focus on load").isEqualTo("query");
		driver.findElement(By.id("query")).sendKeys("433");
		WebElement card = await(By.cssSelector("#results article[data-status='433']"));
		assertThat(card.getText()).contains("TimeLimitReached")
			.contains("execution timeout")
			.contains("Recycles the instance: yes")
			.contains("Function execution is not completed after the execution timeout period elapses.")
			.contains("Official · SCF status codes, international page, 2022-07-27")
			.contains("In the project's words: The function did not finish within its configured execution timeout.");
		assertThat(driver.getTitle()).isEqualTo("433 TimeLimitReached · scf-codes");
		assertThat(driver.getCurrentUrl()).endsWith("/?code=433");
		assertThat(driver.findElement(By.id("catalog-version")).getText()).contains("+");
		Chromium.screenshot("page");
	}

	@Test
	void typingSendsOneRequestPerPause() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("memory leak");
		await(By.cssSelector("#results details[data-status='434']"));
		new WebDriverWait(driver, Duration.ofSeconds(2)).until((d) -> lookups() >= 1);
		sleep(600);
		assertThat(lookups()).as("page requests after typing 11 characters without a pause").isEqualTo(1);
		assertThat(driver.getCurrentUrl()).endsWith("/?q=memory%20leak");
	}

	@Test
	void searchIsARankedListOfOneLineHitsThatOpenOnClick() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("timeout");
		WebElement hit = await(By.cssSelector("#results details.hit[data-status='433']"));
		WebElement summary = hit.findElement(By.tagName("summary"));
		assertThat(summary.getText()).startsWith("433 TimeLimitReached")
			.contains("The function did not finish within its configured execution timeout.");
		assertThat(summary.getSize().getHeight()).as("one line").isLessThan(40);
		assertThat(hit.findElement(By.tagName("article")).isDisplayed()).isFalse();
		List<WebElement> hits = driver.findElements(By.cssSelector("#results details.hit"));
		assertThat(hits).hasSizeGreaterThan(1);
		summary.click();
		assertThat(hit.findElement(By.tagName("article")).getText()).contains("Recycles the instance: yes");
		assertThat(driver.getTitle()).isEqualTo("timeout · scf-codes");
	}

	@Test
	void didYouMeanOffersLinksWithNames() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("TimeLimitReachd");
		WebElement suggestion = await(By.cssSelector("#results .suggestions a[href='/?code=433']"));
		assertThat(suggestion.getText()).isEqualTo("433 TimeLimitReached");
		suggestion.click();
		assertThat(await(By.cssSelector("#results article[data-status='433']")).getText()).contains("TimeLimitReached");
		driver.findElement(By.id("query")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "431");
		WebElement near = await(By.cssSelector("#results .suggestions"));
		assertThat(near.findElements(By.tagName("a"))).extracting(WebElement::getText)
			.containsExactlyElementsOf(
					this.codes.current().nearest(431, 3).stream().map((c) -> c.status() + " " + c.name()).toList());
		assertThat(driver.findElement(By.id("lookup-status")).getText()).isEqualTo("No status code 431 is known.");
	}

	@Test
	void theStartPageIndexesEveryStatusCodeAndApiErrorClass() {
		open("/");
		List<WebElement> statuses = driver.findElements(By.cssSelector("#index a[href^='/?code=']"));
		assertThat(statuses).extracting(WebElement::getText)
			.containsExactlyElementsOf(
					this.codes.current().all().stream().map((c) -> c.status() + " " + c.name()).toList());
		List<String> classes = this.apiErrors.current()
			.all()
			.stream()
			.map(ApiError::errorClass)
			.distinct()
			.sorted()
			.toList();
		assertThat(driver.findElements(By.cssSelector("#index a[href^='/?api-error=']")))
			.extracting(WebElement::getText)
			.containsExactlyElementsOf(classes);
		driver.findElement(By.linkText("ResourceNotFound")).click();
		assertThat(await(By.cssSelector("#results details.hit[data-api-error='ResourceNotFound.Function']")).getText())
			.contains("ResourceNotFound.Function");
		assertThat(driver.getTitle()).isEqualTo("ResourceNotFound · scf-codes");
	}

	@Test
	void keyboardAloneFindsACodeAndFollowsItsLink() {
		open("/");
		new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(focused()).isEqualTo("language");
		new Actions(driver).sendKeys(Keys.TAB).perform();
		assertThat(focused()).as("tabbing reaches the search").isEqualTo("query");
		new Actions(driver).sendKeys("memory", Keys.ENTER).perform();
		await(By.cssSelector("#results details.hit"));
		new Actions(driver).sendKeys(Keys.TAB, Keys.TAB).perform();
		assertThat((String) script("return document.activeElement.tagName")).isEqualTo("SUMMARY");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new Actions(driver).sendKeys(Keys.TAB).perform();
		String link = (String) script("return document.activeElement.getAttribute('href')");
		assertThat(link).startsWith("/?code=");
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().endsWith(link));
		assertThat(await(By.cssSelector("#results article.card")).getText()).contains(link.substring(7));
	}

	@Test
	void theLanguageLinkKeepsTheAddressAndEveryLabelIsInWords() {
		open("/?code=437");
		assertThat(await(By.cssSelector("#results article[data-status='437']")).getText()).contains("HandlerNotFound");
		driver.findElement(By.id("language")).click();
		assertThat(await(By.cssSelector("html[lang='zh-CN'] #results article[data-status='437']")).getText())
			.contains("函数代码包加载出错");
		assertThat(driver.findElement(By.id("lookup-title")).getText()).isEqualTo("查询状态码");
		assertThat(driver.getCurrentUrl()).endsWith("/?code=437&lang=zh");
		for (String path : List.of("/", "/?code=433", "/?code=449", "/?q=timeout", "/?api-error=FailedOperation",
				"/?api-error=InvalidParameterValue.Memory", "/?q=Runtime.HandlerNotFound")) {
			open(path);
			expandAll();
			assertThat(RAW_ID.matcher(body()).find()).as("%s: %s", path, found(RAW_ID, body())).isFalse();
			open(path + (path.contains("?") ? "&" : "?") + "lang=zh");
			expandAll();
			assertThat(RAW_ID.matcher(body()).find()).as("%s in Chinese: %s", path, found(RAW_ID, body())).isFalse();
			assertThat(ENGLISH_IN_CHINESE.matcher(ownWords()).find())
				.as("%s in Chinese: %s", path, found(ENGLISH_IN_CHINESE, ownWords()))
				.isFalse();
		}
	}

	@Test
	void theToolsAnswerInWordsAndShowErrorsBesideTheirControls() {
		for (String lang : List.of("", "?lang=zh")) {
			open("/" + lang);
			driver.findElement(By.id("decode")).click();
			WebElement error = await(By.cssSelector("#decode-error:not(:empty)"));
			assertThat(driver.findElement(By.cssSelector("section[aria-labelledby='decode-title'] #decode-error")))
				.isEqualTo(error);
			driver.findElement(By.id("paste"))
				.sendKeys("[TencentCloudSDKException] code:InvalidParameterValue.Handler message:bad handler\n"
						+ "ERROR RequestId:825d476e Result:{\"errorCode\":-1,\"statusCode\":433}");
			driver.findElement(By.id("decode")).click();
			await(By.cssSelector("#decoded article[data-status='433']"));
			assertThat(driver.findElement(By.id("decode-error")).getText()).isEmpty();
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector("#runtime option")).size() > 10);
			driver.findElement(By.id("handler")).sendKeys("index.py.main_handler", Keys.ENTER);
			await(By.id("suggested-handler"));
			String tools = driver.findElement(By.id("decoded")).getText()
					+ driver.findElement(By.id("verdict")).getText();
			assertThat(RAW_ID.matcher(tools).find()).as(found(RAW_ID, tools)).isFalse();
			if (!lang.isEmpty()) {
				assertThat(ENGLISH_IN_CHINESE.matcher(tools).find()).as(found(ENGLISH_IN_CHINESE, tools)).isFalse();
			}
		}
	}

	@Test
	void thePageFitsAPhone() {
		Chromium.phoneWidth(375);
		try {
			for (String path : List.of("/", "/?code=433", "/?q=timeout", "/?api-error=ResourceNotFound.Function",
					"/?code=433&lang=zh")) {
				open(path);
				expandAll();
				Long overflow = (Long) script(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow).as("%s scrolls sideways at 375 px", path).isLessThanOrEqualTo(0L);
			}
		}
		finally {
			Chromium.windowWidth();
		}
	}

	@Test
	void controlsHaveLabels() {
		open("/");
		for (String id : new String[] { "query", "paste", "runtime", "handler", "package" }) {
			assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
		}
	}

	@Test
	void aCodeShowsWhatItIsCalledOnOtherPlatformsAndALambdaErrorFindsIt() {
		open("/?code=433");
		WebElement elsewhere = await(By.cssSelector("#results article[data-status='433'] .equivalents"));
		assertThat(elsewhere.getText()).contains("On other platforms")
			.contains("AWS Lambda — exact")
			.contains("Sandbox.Timedout")
			.contains("Asynchronous retries on AWS Lambda");
		assertThat(elsewhere.findElement(By.cssSelector("li[data-platform='google-cloud-functions']")).getText())
			.contains("504");
		driver.findElement(By.id("query")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Runtime.HandlerNotFound");
		WebElement card = await(By.cssSelector("#results article[data-status='437'] .equivalents"));
		assertThat(card.findElement(By.cssSelector("li[data-platform='aws-lambda']")).getText())
			.contains("Runtime.HandlerNotFound");
		assertThat(driver.findElement(By.id("results")).getText()).contains("Matched from Runtime.HandlerNotFound");
	}

	@Test
	void anApiErrorShowsItsRemediesWithTheOfficialWordsTheyRestOn() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("resourcenotfound.function");
		WebElement card = await(By.cssSelector("#results article[data-api-error='ResourceNotFound.Function']"));
		assertThat(card.getText()).contains("The function does not exist.").contains("435 FunctionNotFound");
		assertThat(driver.getCurrentUrl()).endsWith("/?api-error=ResourceNotFound.Function");
		open("/?api-error=InvalidParameterValue.Memory");
		assertThat(await(By.cssSelector("#results article[data-api-error='InvalidParameterValue.Memory']")).getText())
			.contains("What to do (the project's words)")
			.contains("128M - 3072M");
	}

	@Test
	void pastingALogLineExplainsIt() {
		open("/");
		driver.findElement(By.id("paste"))
			.sendKeys("ERROR RequestId:825d476e Result:{\"errorCode\":-1,"
					+ "\"errorMessage\":\"Invoking task timed out after 3 seconds\",\"statusCode\":433}");
		driver.findElement(By.id("decode")).click();
		WebElement decoded = await(By.cssSelector("#decoded article[data-status='433']"));
		assertThat(decoded.getText()).contains("TimeLimitReached").contains("\"statusCode\":433");
		assertThat(driver.findElement(By.id("decoded")).getText()).contains("825d476e");
		driver.findElement(By.id("paste"))
			.sendKeys(Keys.chord(Keys.CONTROL, "a"), "[TencentCloudSDKError] Code=FailedOperation.FunctionStatusError, "
					+ "Message=deploying, RequestId=7a6b5c4d-3e2f");
		driver.findElement(By.id("decode")).click();
		assertThat(await(By.cssSelector("#decoded article[data-api-error='FailedOperation.FunctionStatusError']"))
			.getText()).contains("438 FunctionStatusError").contains("Code=FailedOperation.FunctionStatusError");
	}

	@Test
	void wrongHandlerShowsTheFix() {
		open("/");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> d.findElements(By.cssSelector("#runtime option")).size() > 10);
		new Select(driver.findElement(By.id("runtime"))).selectByValue("Python3.9");
		driver.findElement(By.id("handler")).sendKeys("index.py.main_handler", Keys.ENTER);
		assertThat(await(By.id("suggested-handler")).getText()).isEqualTo("index.main_handler");
		assertThat(driver.findElement(By.id("verdict")).getText()).contains("Invalid").contains("437 HandlerNotFound");
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String focused() {
		return (String) script("return document.activeElement.id");
	}

	/** The page requests the script made for lookups. */
	private static long lookups() {
		return (Long) script("return performance.getEntriesByType('resource')"
				+ ".filter((e) => e.initiatorType === 'fetch' && new URL(e.name).pathname === '/').length;");
	}

	private static void expandAll() {
		script("document.querySelectorAll('details').forEach((d) => d.open = true)");
	}

	private static String body() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * The page's text without what it quotes as written elsewhere: the titles of cited
	 * pages and identifiers or messages as a platform prints them.
	 */
	private static String ownWords() {
		return (String) script("const copy = document.body.cloneNode(true);"
				+ "copy.querySelectorAll('a[rel=noreferrer], .mono, code').forEach((n) => n.remove());"
				+ "document.body.append(copy); const text = copy.innerText; copy.remove(); return text;");
	}

	private static String found(Pattern pattern, String text) {
		var matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return "";
		}
		return "'" + matcher.group() + "' in …"
				+ text.substring(Math.max(0, matcher.start() - 80), Math.min(text.length(), matcher.end() + 80)) + "…";
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
