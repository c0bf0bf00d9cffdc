package org.scfcodes.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver, for the page's tests: skipped
 * where either is missing; a failing test leaves a screenshot in
 * {@code target/screenshots}.
 */
final class Chromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** The browser of the test class running now. */
	static ChromeDriver driver;

	private Chromium() {
	}

	static ChromeDriver start() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=en-US", "--window-size=1100,1400");
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		return driver;
	}

	static void stop() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * What the console logged as an error since the last call (a failed load included).
	 */
	static List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	static WebElement await(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> {
			var found = d.findElements(locator);
			return found.isEmpty() ? null : found.get(0);
		});
	}

	static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	/** Lays the page out as a phone of this width does, or as the window again. */
	static void phoneWidth(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	static void windowWidth() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = driver.getScreenshotAs(OutputType.FILE);
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
