package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.apierror.ApiErrorConfiguration;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.equivalent.EquivalentsConfiguration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reloaded catalog against the other files that refer to its statuses by number: a
 * catalog that drops one of them is refused, and a status renamed in the catalog is
 * renamed where they name it.
 */
class CatalogReferencesReloadTests {

	@TempDir
	Path directory;

	private ReloadableFile<CodeCatalog> catalog;

	private ReloadableFile<ApiErrorCatalog> apiErrors;

	private ReloadableFile<Equivalents> equivalents;

	@BeforeEach
	void externalCatalog() throws IOException {
		Files.writeString(file(), embedded());
		MockEnvironment environment = new MockEnvironment().withProperty("scf-codes.catalog.location", "file:" + file())
			.withProperty("scf-codes.catalog.reload-interval", "0s");
		DefaultResourceLoader resources = new DefaultResourceLoader();
		this.catalog = new CatalogConfiguration().catalog(environment, resources);
		this.apiErrors = new ApiErrorConfiguration().apiErrors(environment, resources, this.catalog);
		this.equivalents = new EquivalentsConfiguration().equivalents(environment, resources, this.catalog);
	}

	@Test
	void catalogThatDropsAStatusAnotherFileRefersToIsRefused() throws IOException {
		String version = this.catalog.current().version();
		Files.writeString(file(), embedded().replaceAll("(?ms)^  - status: 410\n.*?(?=^  - status: )", ""));
		assertThat(this.catalog.reload()).isFalse();
		assertThat(this.catalog.current().version()).isEqualTo(version);
		assertThat(this.catalog.lastFailure().reason())
			.startsWith("status-codes.yaml: lacks status 410, which the API error");
	}

	@Test
	void statusRenamedInTheCatalogIsRenamedWhereTheOtherFilesNameIt() throws IOException {
		String apiErrorsVersion = this.apiErrors.current().version();
		Files.writeString(file(), embedded().replace("name: TimeLimitReached", "name: TimeLimitExceeded"));
		assertThat(this.catalog.reload()).isTrue();
		assertThat(this.equivalents.current().all()).filteredOn((entry) -> entry.status() == 433)
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.name()).isEqualTo("TimeLimitExceeded"));
		assertThat(this.apiErrors.current().all()).flatMap((error) -> error.statuses())
			.filteredOn((status) -> status.status() == 433)
			.isNotEmpty()
			.allSatisfy((status) -> assertThat(status.name()).isEqualTo("TimeLimitExceeded"));
		assertThat(this.apiErrors.current().version()).as("a new content, a new version (and ETags)")
			.isNotEqualTo(apiErrorsVersion);
	}

	private Path file() {
		return this.directory.resolve("status-codes.yaml");
	}

	private static String embedded() throws IOException {
		return new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

}
