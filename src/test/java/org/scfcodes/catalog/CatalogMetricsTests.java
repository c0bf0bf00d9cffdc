package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.data.ReloadableFile;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The catalog's metrics follow its reloads: the version served, when it was loaded, and
 * rejected files, counted and shown as failing until a reload succeeds.
 */
class CatalogMetricsTests {

	@TempDir
	Path directory;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void versionServedIsTheOneRowOfTheInfoGauge() throws IOException {
		ReloadableFile<CodeCatalog> catalogs = catalogIn(embedded());
		new CatalogMetrics(catalogs, this.meters);
		assertThat(this.meters.get("scf.codes.catalog.info").gauges()).singleElement().satisfies((gauge) -> {
			assertThat(gauge.getId().getTag("version")).isEqualTo(catalogs.current().version());
			assertThat(gauge.value()).isEqualTo(1);
		});
		assertThat(this.meters.get("scf.codes.catalog.loaded.timestamp").timeGauge().value())
			.isCloseTo(System.currentTimeMillis() / 1000.0, within(60.0));
	}

	@Test
	void newCatalogReplacesTheVersionAndMovesTheLoadTime() throws Exception {
		ReloadableFile<CodeCatalog> catalogs = catalogIn(embedded());
		new CatalogMetrics(catalogs, this.meters);
		String before = catalogs.current().version();
		double loadedBefore = this.meters.get("scf.codes.catalog.loaded.timestamp").timeGauge().value();
		Thread.sleep(20);
		write(embedded().replace("version: \"2026.11.28\"", "version: \"2026.12.01\""));
		catalogs.reload();
		assertThat(this.meters.get("scf.codes.catalog.info").gauges()).singleElement()
			.satisfies((gauge) -> assertThat(gauge.getId().getTag("version")).startsWith("2026.12.01+")
				.isNotEqualTo(before));
		assertThat(this.meters.get("scf.codes.catalog.loaded.timestamp").timeGauge().value())
			.isGreaterThan(loadedBefore);
		assertThat(this.meters.get("scf.codes.catalog.reload.failures").counter().count()).isZero();
	}

	@Test
	void rejectedFileIsCountedAndFailingUntilAReloadSucceeds() throws IOException {
		ReloadableFile<CodeCatalog> catalogs = catalogIn(embedded());
		new CatalogMetrics(catalogs, this.meters);
		String served = catalogs.current().version();
		Gauge failing = this.meters.get("scf.codes.catalog.reload.failing").gauge();
		write(embedded().replace("  - status: 433\n", "  - status: 433\n    colour: red\n"));
		catalogs.reload();
		assertThat(this.meters.get("scf.codes.catalog.reload.failures").counter().count()).isEqualTo(1);
		assertThat(failing.value()).isEqualTo(1);
		assertThat(this.meters.get("scf.codes.catalog.info").gauges()).singleElement()
			.satisfies((gauge) -> assertThat(gauge.getId().getTag("version")).isEqualTo(served));
		write(embedded());
		catalogs.reload();
		assertThat(failing.value()).isZero();
		assertThat(this.meters.get("scf.codes.catalog.reload.failures").counter().count()).isEqualTo(1);
	}

	private ReloadableFile<CodeCatalog> catalogIn(String content) throws IOException {
		write(content);
		return CatalogLoader.FILE.at(new FileSystemResource(file()));
	}

	private void write(String content) throws IOException {
		Files.writeString(file(), content);
	}

	private Path file() {
		return this.directory.resolve("status-codes.yaml");
	}

	private static String embedded() throws IOException {
		return new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

}
