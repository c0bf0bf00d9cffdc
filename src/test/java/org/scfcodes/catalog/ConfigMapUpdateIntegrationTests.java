package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * A catalog mounted from a ConfigMap, updated as the kubelet updates it: the files live
 * in a timestamped directory, {@code ..data} links to it and the file the service reads
 * links through {@code ..data}; an update writes a new directory, swaps {@code ..data} in
 * one rename and deletes the old directory. The path the service watches never changes,
 * only what it resolves to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class ConfigMapUpdateIntegrationTests {

	private static final String FILE = "status-codes.yaml";

	private static final String VERSION_LINE = "version: \"2026.11.28\"";

	@TempDir
	static Path mount;

	@Autowired
	RestTestClient client;

	@DynamicPropertySource
	static void mountedCatalog(DynamicPropertyRegistry registry) throws IOException {
		Path first = mount.resolve("..2026_01_01_00_00_00.000000001");
		Files.createDirectory(first);
		Files.writeString(first.resolve(FILE), embedded());
		Files.createSymbolicLink(mount.resolve("..data"), first.getFileName());
		Files.createSymbolicLink(mount.resolve(FILE), Path.of("..data", FILE));
		registry.add("scf-codes.catalog.location", () -> "file:" + mount.resolve(FILE));
		registry.add("scf-codes.catalog.reload-interval", () -> "100ms");
	}

	@Test
	void swappedDataDirectoryIsServedAndShownInReadiness() throws Exception {
		String before = catalogVersion();
		assertThat(before).startsWith("2026.11.28+");

		update("..2026_01_01_00_01_00.000000002", embedded().replace(VERSION_LINE, "version: \"2026.12.01\""));
		String updated = awaitVersionOtherThan(before);
		assertThat(updated).startsWith("2026.12.01+");
		this.client.get()
			.uri("/codes/433")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "W/\"" + updated + "-json\"");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.catalog.details.version")
			.isEqualTo(updated);

		// A second update, after the first directory is gone, is seen too, and back to
		// the embedded text
		update("..2026_01_01_00_02_00.000000003", embedded());
		assertThat(awaitVersionOtherThan(updated)).isEqualTo(before);
	}

	/**
	 * Writes the catalog into a new timestamped directory, swaps {@code ..data} to it and
	 * removes the old one.
	 */
	private static void update(String directory, String catalog) throws IOException {
		Path data = mount.resolve("..data");
		Path old = mount.resolve(Files.readSymbolicLink(data));
		Path next = mount.resolve(directory);
		Files.createDirectory(next);
		Files.writeString(next.resolve(FILE), catalog);
		Path link = mount.resolve("..data_tmp");
		Files.createSymbolicLink(link, next.getFileName());
		Files.move(link, data, StandardCopyOption.ATOMIC_MOVE);
		try (Stream<Path> files = Files.walk(old)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private String awaitVersionOtherThan(String version) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			String current = catalogVersion();
			if (!current.equals(version)) {
				return current;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The updated ConfigMap was not served within 10 s; still " + version);
	}

	private String catalogVersion() {
		String body = this.client.get()
			.uri("/codes/433")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		int start = body.indexOf("\"catalogVersion\":\"") + "\"catalogVersion\":\"".length();
		return body.substring(start, body.indexOf('"', start));
	}

	private static String embedded() throws IOException {
		String catalog = new ClassPathResource("catalog/" + FILE).getContentAsString(StandardCharsets.UTF_8);
		assertThat(catalog).contains(VERSION_LINE);
		return catalog;
	}

}
