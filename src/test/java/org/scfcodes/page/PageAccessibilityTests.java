package org.scfcodes.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfcodes.page.Chromium.await;
import static org.scfcodes.page.Chromium.driver;
import static org.scfcodes.page.Chromium.script;

/**
 * The page passes axe-core's accessibility rules in Chromium with no serious or critical
 * finding: the start page, a code and a search, in both languages. axe-core is installed
 * at the version {@code .ci/axe-package.json} pins by {@code bash .ci/axe.sh}.
 */
@RunningServiceTest
@ExtendWith(Chromium.ScreenshotOnFailure.class)
class PageAccessibilityTests {

	private static final Path AXE = Path.of("target/axe/node_modules/axe-core/axe.min.js");

	private static String axe;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startChromium() throws IOException {
		Assumptions.assumeTrue(Files.isReadable(AXE), "axe-core is not installed (bash .ci/axe.sh)");
		axe = Files.readString(AXE, StandardCharsets.UTF_8);
		Chromium.start();
	}

	@AfterAll
	static void stopChromium() {
		Chromium.stop();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?lang=zh", "/?code=433", "/?code=433&lang=zh", "/?q=timeout", "/?q=timeout&lang=zh",
			"/?api-error=ResourceNotFound.Function&lang=zh", "/?code=431" })
	void hasNoSeriousOrCriticalFinding(String path) {
		driver.get("http://localhost:" + this.port + path);
		await(By.id("results"));
		script("document.querySelectorAll('details').forEach((d) => d.open = true)");
		script(axe);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) driver
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations"
					+ ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
					+ ".map((v) => ({ id: v.id, impact: v.impact, help: v.help,"
					+ " targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))))"
					+ ".catch((e) => done([{ id: 'axe-failed', help: String(e) }]));");
		assertThat(violations).as("axe-core's serious and critical findings on %s", path).isEmpty();
	}

}
