package org.scfcodes.handler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reloaded catalog against the statuses the handler rules name: a catalog that drops
 * one of them is refused, and the handler checks keep answering from the catalog that
 * serves.
 */
class HandlerCatalogReloadTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@CsvSource({ "437, Python3.9, main_handler, , handler.form.missing-function",
			"445, CustomRuntime, anything, bootstrap, package.bootstrap-missing",
			"405, Python3.9, index.main_handler, web, package.bootstrap-not-executable" })
	void catalogThatDropsAStatusOfTheRulesIsRefused(int status, String runtime, String handler, String zip, String rule)
			throws IOException {
		Path file = this.directory.resolve("status-codes.yaml");
		Files.writeString(file, embedded());
		ReloadableFile<CodeCatalog> catalog = CatalogLoader.FILE.at(new FileSystemResource(file));
		HandlerValidator validator = new HandlerValidator(catalog, Validators.LIMITS);
		String version = catalog.current().version();

		Files.writeString(file, without(embedded(), status));
		boolean reloaded = catalog.reload();

		ValidationReport report = validate(validator, runtime, handler, zip);
		assertThat(report.findings()).filteredOn((finding) -> finding.rule().equals(rule))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.failure().code().status()).isEqualTo(status));
		assertThat(reloaded).isFalse();
		assertThat(catalog.current().version()).isEqualTo(version);
		assertThat(catalog.lastFailure().reason()).contains("status-codes.yaml")
			.contains(String.valueOf(status))
			.contains("findings.yaml")
			.contains("for rule");
	}

	private static ValidationReport validate(HandlerValidator validator, String runtime, String handler, String zip) {
		if (zip == null) {
			return validator.validate(runtime, handler, null, null, null);
		}
		boolean web = zip.equals("web");
		byte[] bytes = web ? TestZips.zip().file("scf_bootstrap", "#!/bin/bash\n".getBytes(), 0644).bytes()
				: TestZips.zip().file("server", "x").bytes();
		return validator.validate(runtime, handler, web ? "web" : null, bytes, "code.zip");
	}

	/** The embedded catalog without the entry of one status. */
	private static String without(String catalog, int status) {
		Matcher entry = Pattern.compile("(?ms)^  - status: " + status + "\n.*?(?=^  - status: |\\z)").matcher(catalog);
		assertThat(entry.find()).as("the catalog has %s", status).isTrue();
		return catalog.substring(0, entry.start()) + catalog.substring(entry.end());
	}

	private static String embedded() throws IOException {
		return new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

}
