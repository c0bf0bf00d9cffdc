package org.scfcodes.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The image the container tests run: built from the Dockerfile and the packaged jar, on
 * {@code SCF_CODES_BASE_IMAGE} where that is set (a local base image where no registry is
 * reachable).
 */
final class TestImage {

	private TestImage() {
	}

	static ImageFromDockerfile build() {
		Path jar;
		try (var jars = Files.list(Path.of("target"))) {
			jar = jars.filter((file) -> file.getFileName().toString().matches("scf-codes-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Run ./mvnw package first: no jar in target/"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ImageFromDockerfile image = new ImageFromDockerfile("scf-codes-test", false)
			.withFileFromPath("Dockerfile", Path.of("Dockerfile"))
			.withFileFromPath("docker/aot-training.sh", Path.of("docker/aot-training.sh"))
			.withFileFromPath("target/" + jar.getFileName(), jar);
		String base = System.getenv("SCF_CODES_BASE_IMAGE");
		return (base != null && !base.isBlank()) ? image.withBuildArg("BASE_IMAGE", base) : image;
	}

}
