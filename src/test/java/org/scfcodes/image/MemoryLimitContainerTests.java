package org.scfcodes.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image within the memory and CPU limits of k8s/deployment.yaml, under lookup load,
 * checking two 20 MB packages at once (the most the service accepts) again and again: it
 * is never OOM-killed, answers no 5xx and every answer arrives whole.
 */
@Testcontainers(disabledWithoutDocker = true)
class MemoryLimitContainerTests {

	private static final int PACKAGE_BYTES = 20 * 1024 * 1024 - 64 * 1024;

	private static final int UPLOAD_ROUNDS = 12;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void twoLargestUploadsAtOnceUnderLoadStayWithinTheDeploymentsLimits() throws Exception {
		ResourceRequirements limits = deploymentResources();
		long memory = Quantity.getAmountInBytes(limits.getLimits().get("memory")).longValueExact();
		long nanoCpus = Quantity.getAmountInBytes(limits.getLimits().get("cpu")).movePointRight(9).longValueExact();
		try (GenericContainer<?> service = new GenericContainer<>(TestImage.build()).withExposedPorts(8080)
			.withCreateContainerCmdModifier((cmd) -> cmd.getHostConfig()
				.withReadonlyRootfs(true)
				.withTmpFs(Map.of("/tmp", "rw,size=64m"))
				.withMemory(memory)
				.withMemorySwap(memory)
				.withNanoCPUs(nanoCpus))
			.waitingFor(Wait.forHttp("/actuator/health/readiness")
				.forStatusCode(200)
				.withStartupTimeout(Duration.ofMinutes(2)))) {
			service.start();
			String base = "http://" + service.getHost() + ":" + service.getMappedPort(8080);
			byte[] zip = packageOf(PACKAGE_BYTES);
			String expectedLookup = this.http
				.send(HttpRequest.newBuilder(URI.create(base + "/codes/433")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();

			List<String> failures = new CopyOnWriteArrayList<>();
			AtomicInteger lookups = new AtomicInteger();
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(4);
			List<Future<?>> load = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				load.add(clients.submit(() -> {
					while (running.get()) {
						HttpResponse<String> response = this.http.send(
								HttpRequest.newBuilder(URI.create(base + "/codes/433")).build(),
								HttpResponse.BodyHandlers.ofString());
						lookups.incrementAndGet();
						if (response.statusCode() != 200 || !response.body().equals(expectedLookup)) {
							failures.add("lookup " + response.statusCode() + ": " + abbreviated(response.body()));
						}
					}
					return null;
				}));
			}
			int uploads = 0;
			for (int round = 0; round < UPLOAD_ROUNDS; round++) {
				List<CompletableFuture<HttpResponse<String>>> pair = List.of(upload(base, zip), upload(base, zip));
				for (CompletableFuture<HttpResponse<String>> answer : pair) {
					HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
					uploads++;
					if (response.statusCode() != 200 || !response.body().contains("\"valid\":true")
							|| !response.body().endsWith("}")) {
						failures.add("upload " + response.statusCode() + ": " + abbreviated(response.body()));
					}
				}
			}
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			for (Future<?> client : load) {
				client.get(); // an IOException here is a connection the service dropped
			}

			InspectContainerResponse.ContainerState state = service.getDockerClient()
				.inspectContainerCmd(service.getContainerId())
				.exec()
				.getState();
			// The container's peak memory use, tmpfs included: cgroup v2, else v1
			String peak = service
				.execInContainer("sh", "-c",
						"cat /sys/fs/cgroup/memory.peak 2>/dev/null "
								+ "|| cat /sys/fs/cgroup/memory/memory.max_usage_in_bytes")
				.getStdout()
				.strip();
			System.out.printf("Within %d MiB and %.1f CPUs: %d lookups and %d uploads of %d bytes; peak memory %s%n",
					memory >> 20, nanoCpus / 1e9, lookups.get(), uploads, zip.length,
					peak.isEmpty() ? "not reported" : (Long.parseLong(peak) >> 20) + " MiB");
			assertThat(failures).isEmpty();
			assertThat(uploads).isEqualTo(2 * UPLOAD_ROUNDS);
			assertThat(lookups.get()).isPositive();
			assertThat(state.getOOMKilled()).isFalse();
			assertThat(state.getRunning()).isTrue();
			assertThat(service.getLogs()).doesNotContain("java.lang.OutOfMemoryError");
			assertThat(this.http
				.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
		}
	}

	private CompletableFuture<HttpResponse<String>> upload(String base, byte[] zip) {
		String boundary = "scf-codes-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(zip.length + 1024);
		body.writeBytes(part(boundary, "runtime", null, "Python3.9"));
		body.writeBytes(part(boundary, "handler", null, "index.main_handler"));
		body.writeBytes(part(boundary, "package", "code.zip", null));
		body.writeBytes(zip);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/handler/validate"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] part(String boundary, String name, String fileName, String value) {
		StringBuilder part = new StringBuilder("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append('"');
		if (fileName != null) {
			part.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: application/zip");
		}
		part.append("\r\n\r\n");
		if (value != null) {
			part.append(value).append("\r\n");
		}
		return part.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A Python package of about the given size: the handler and incompressible filler.
	 */
	private static byte[] packageOf(int bytes) throws IOException {
		byte[] filler = new byte[bytes - 4096];
		new Random(433).nextBytes(filler);
		ByteArrayOutputStream zip = new ByteArrayOutputStream(bytes);
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("index.py"));
			out.write("def main_handler(event, context):\n    return 'ok'\n".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("filler.bin"));
			out.write(filler);
			out.closeEntry();
		}
		assertThat(zip.size()).isLessThanOrEqualTo(20 * 1024 * 1024);
		return zip.toByteArray();
	}

	private static ResourceRequirements deploymentResources() throws IOException {
		Deployment deployment = YAMLMapper.builder()
			.build()
			.readValue(Files.readString(Path.of("k8s/deployment.yaml")), Deployment.class);
		return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
	}

	private static String abbreviated(String body) {
		return body.substring(0, Math.min(200, body.length()));
	}

}
