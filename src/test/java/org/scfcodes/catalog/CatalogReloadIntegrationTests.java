package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external catalog file that changes underneath the running service, as a Kubernetes
 * ConfigMap does.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class CatalogReloadIntegrationTests {

	private static final String MEANING = "The function did not finish within its configured execution timeout.";

	@TempDir
	static Path directory;

	@Autowired
	RestTestClient client;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@DynamicPropertySource
	static void externalCatalog(DynamicPropertyRegistry registry) throws IOException {
		Path file = directory.resolve("status-codes.yaml");
		Files.writeString(file, embedded());
		registry.add("scf-codes.catalog.location", () -> "file:" + file);
		registry.add("scf-codes.catalog.reload-interval", () -> "100ms");
	}

	@Test
	void changedFileIsServedWithANewVersionAndETag() throws Exception {
		String etag = this.client.get()
			.uri("/codes/433?include=details")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		write(embedded().replace(MEANING, "Changed meaning."));
		awaitVersionChange(etag);
		this.client.get()
			.uri("/codes/433?include=details")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("ETag", (newTag) -> assertThat(newTag).isNotEqualTo(etag))
			.expectBody()
			.jsonPath("$.meaning.en")
			.isEqualTo("Changed meaning.");
		this.client.get()
			.uri("/codes/433?include=details")
			.header("If-None-Match", etag)
			.exchange()
			.expectStatus()
			.isOk();
		write(embedded());
		awaitVersionChange(this.client.get()
			.uri("/codes/433?include=details")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag());
	}

	@Test
	void brokenFileIsRejectedAndThePreviousCatalogKeepsServing() throws Exception {
		String version = this.catalogs.current().version();
		write(embedded().replace("  - status: 433\n", "  - status: 433\n    colour: red\n"));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.catalogs.lastFailure() == null && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.catalogs.lastFailure().reason()).contains("status-codes.yaml: entry 433").contains("colour");
		assertThat(this.catalogs.current().version()).isEqualTo(version);
		this.client.get()
			.uri("/codes/433?include=details")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.catalogVersion")
			.isEqualTo(version);
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.catalog.details.lastReload")
			.isEqualTo("failed");
		write(embedded());
		deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.catalogs.lastFailure() != null && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.catalogs.lastFailure()).isNull();
	}

	@Test
	void noRequestSeesHalfACatalog() throws Exception {
		String a = embedded().replace(MEANING, "Meaning A.");
		String b = embedded().replace(MEANING, "Meaning B.");
		write(a);
		awaitMeaning("Meaning A.");
		String versionA = this.catalogs.current().version();
		List<String> mismatches = new CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService readers = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			readers.submit(() -> {
				while (running.get()) {
					String body = this.client.get()
						.uri("/codes/433?include=details")
						.exchange()
						.returnResult(String.class)
						.getResponseBody();
					boolean isA = body.contains("\"catalogVersion\":\"" + versionA + "\"");
					if (isA != body.contains("Meaning A.")
							|| body.contains("Meaning A.") == body.contains("Meaning B.")) {
						mismatches.add(body.substring(0, Math.min(200, body.length())));
					}
				}
				return null;
			});
		}
		for (int i = 0; i < 6; i++) {
			write((i % 2 == 0) ? b : a);
			awaitMeaning((i % 2 == 0) ? "Meaning B." : "Meaning A.");
		}
		running.set(false);
		readers.shutdown();
		assertThat(readers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		assertThat(mismatches).isEmpty();
		write(embedded());
		awaitMeaning(MEANING);
	}

	private void awaitVersionChange(String etag) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			String current = this.client.get()
				.uri("/codes/433?include=details")
				.exchange()
				.returnResult(String.class)
				.getResponseHeaders()
				.getETag();
			if (!etag.equals(current)) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The catalog was not reloaded within 10 s");
	}

	private void awaitMeaning(String meaning) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!this.catalogs.current().find(433).orElseThrow().meaning().en().equals(meaning)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The catalog was not reloaded within 10 s");
			}
			Thread.sleep(20);
		}
	}

	private static void write(String content) throws IOException {
		// Written beside and moved into place, as a ConfigMap update swaps the file whole
		Path next = directory.resolve("next.yaml");
		Files.writeString(next, content);
		Files.move(next, directory.resolve("status-codes.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static String embedded() throws IOException {
		return new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

}
