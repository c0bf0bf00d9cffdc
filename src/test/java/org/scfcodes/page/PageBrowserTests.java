package org.scfcodes.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page at {@code /}, driven in Debian's Chromium as a person would use it. Skipped
 * where Chromium or its driver is missing; a failing test leaves a screenshot in
 * {@code target/screenshots}. Run with {@code -Dscreenshot.update=true} to refresh the
 * screenshot README.md shows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(PageBrowserTests.ScreenshotOnFailure.class)
class PageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static WebDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=en-US", "--window-size=1100,1400");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopChromium() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void typingACodeShowsItsCard() throws IOException {
		open("/");
		WebElement query = driver.findElement(By.id("query"));
		query.sendKeys("433");
		WebElement card = await(By.cssSelector("#results article[data-status='433']"));
		assertThat(card.getText()).contains("TimeLimitReached")
			.contains("execution timeout")
			.contains("Recycles the instance: yes")
			.contains("Function execution is not completed after the execution timeout period elapses.")
			.contains("Official · SCF status codes, international page, 2022-07-27")
			.contains("In the project's words: The function did not finish within its configured execution timeout.");
		assertThat(driver.getCurrentUrl()).endsWith("/?code=433");
		assertThat(driver.findElement(By.id("catalog-version")).getText()).contains("+");
		screenshot("page");
	}

	@Test
	void typingANameInAnyCaseOrWordsFindsCodes() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("timelimitreached");
		assertThat(await(By.cssSelector("#results article[data-status='433']")).getText()).contains("TimeLimitReached");
		driver.findElement(By.id("query")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "memory leak");
		assertThat(await(By.cssSelector("#results article[data-status='434']")).getText())
			.contains("MemoryLimitReached");
	}

	@Test
	void anApiErrorCodeShowsItsCardAndWordsFindBothKinds() {
		open("/");
		driver.findElement(By.id("query")).sendKeys("resourcenotfound.function");
		WebElement card = await(By.cssSelector("#results article[data-api-error='ResourceNotFound.Function']"));
		assertThat(card.getText()).contains("The function does not exist.").contains("435 FunctionNotFound");
		assertThat(driver.getCurrentUrl()).endsWith("/?api-error=ResourceNotFound.Function");
		driver.findElement(By.id("query")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "handler");
		assertThat(await(By.cssSelector("#results .api-error-refs a[href='/?api-error=InvalidParameterValue.Handler']"))
			.getText()).isEqualTo("InvalidParameterValue.Handler");
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
	void anApiErrorDeepLinkShowsItsRemediesWithTheOfficialWordsTheyRestOn() {
		open("/?api-error=InvalidParameterValue.Memory");
		assertThat(await(By.cssSelector("#results article[data-api-error='InvalidParameterValue.Memory']")).getText())
			.contains("What to do (the project's words)")
			.contains("128M - 3072M");
	}

	@Test
	void pastingAnSdkErrorExplainsTheApiErrorCode() {
		open("/");
		driver.findElement(By.id("paste"))
			.sendKeys("[TencentCloudSDKError] Code=FailedOperation.FunctionStatusError, "
					+ "Message=deploying, RequestId=7a6b5c4d-3e2f");
		driver.findElement(By.id("decode")).click();
		assertThat(await(By.cssSelector("#decoded article[data-api-error='FailedOperation.FunctionStatusError']"))
			.getText()).contains("438 FunctionStatusError").contains("Code=FailedOperation.FunctionStatusError");
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

	@Test
	void deepLinkOpensTheCodeAndLanguageToggles() {
		open("/?code=437");
		assertThat(await(By.cssSelector("#results article[data-status='437']")).getText()).contains("HandlerNotFound");
		driver.findElement(By.id("language")).click();
		assertThat(await(By.cssSelector("#results article[data-status='437']")).getText()).contains("函数代码包加载出错");
		assertThat(driver.findElement(By.id("lookup-title")).getText()).isEqualTo("查询状态码");
		open("/?q=memory&lang=zh");
		assertThat(await(By.cssSelector("#results article[data-status='434']")).getText()).contains("内存");
	}

	@Test
	void controlsHaveLabelsAndThePageFitsAPhone() {
		open("/");
		for (String id : new String[] { "query", "paste", "runtime", "handler", "package" }) {
			assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
		}
		driver.manage().window().setSize(new Dimension(390, 844));
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		driver.manage().window().setSize(new Dimension(1100, 1400));
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static WebElement await(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> {
			var found = d.findElements(locator);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	private static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		if (Boolean.getBoolean("screenshot.update")) {
			Files.createDirectories(Path.of("docs"));
			Files.copy(target, Path.of("docs", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Saves what the browser showed when a test failed. */
	static class ScreenshotOnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (driver != null) {
				try {
					screenshot("failed-" + context.getRequiredTestMethod().getName());
				}
				catch (IOException | RuntimeException ex) {
					cause.addSuppressed(ex);
				}
			}
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
		}

		@Override
		public void testDisabled(ExtensionContext context, Optional<String> reason) {
		}

	}

}
