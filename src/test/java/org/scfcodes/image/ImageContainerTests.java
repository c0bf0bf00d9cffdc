package org.scfcodes.image;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.dockerjava.api.command.InspectContainerResponse;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real image, built from the Dockerfile and the packaged jar, run read-only and
 * non-root as SCF runs it. Set {@code SCF_CODES_BASE_IMAGE} to build on a local base
 * image where no registry is reachable.
 */
@Testcontainers(disabledWithoutDocker = true)
class ImageContainerTests {

	private static final ImageFromDockerfile IMAGE = TestImage.build();

	@Container
	static final GenericContainer<?> service = new GenericContainer<>(IMAGE).withExposedPorts(9000)
		.withEnv("PORT", "9000")
		.withCreateContainerCmdModifier((cmd) -> cmd.getHostConfig()
			.withReadonlyRootfs(true)
			.withTmpFs(Map.of("/tmp", "rw,size=64m"))
			.withMemory(512L * 1024 * 1024))
		.waitingFor(Wait.forHttp("/actuator/health/readiness")
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofMinutes(2)));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void servesCodesOnThePortItIsGiven() throws Exception {
		HttpResponse<String> response = get("/codes/433");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"name\":\"TimeLimitReached\"");
		assertThat(get("/codes/431").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
	}

	@Test
	void runsAsANonRootUserOnAReadOnlyFilesystem() throws Exception {
		assertThat(service.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
		assertThat(service.execInContainer("touch", "/application/x").getExitCode()).isNotZero();
		assertThat(service.execInContainer("touch", "/tmp/x").getExitCode()).isZero();
	}

	@Test
	void startsFromTheAotCacheAndReportsHealthy() throws Exception {
		assertThat(service.getLogs()).doesNotContain("Unable to map shared spaces")
			.doesNotContain("AOT cache is not usable");
		InspectContainerResponse.ContainerState state = service.getCurrentContainerInfo().getState();
		assertThat(state.getRunning()).isTrue();
		assertThat(service.getContainerInfo().getConfig().getHealthcheck()).isNotNull();
	}

	/**
	 * Requests whose bodies never come, more of them than the platform thread pool would
	 * have workers (8), leave lookups answered: in the image (Java 25) each request runs
	 * on a virtual thread, which parks while it waits.
	 */
	@Test
	void slowBodiesDoNotTakeTheWorkersFromLookups() throws Exception {
		List<Socket> waiting = new ArrayList<>();
		try {
			for (int i = 0; i < 24; i++) {
				Socket socket = new Socket(service.getHost(), service.getMappedPort(9000));
				socket.getOutputStream()
					.write(("POST /codes/decode HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
							+ "text/plain\r\nContent-Length: 1000\r\n\r\nstatusCode")
						.getBytes(StandardCharsets.US_ASCII));
				waiting.add(socket);
			}
			Thread.sleep(1_000);
			long start = System.nanoTime();
			URI lookup = URI.create("http://" + service.getHost() + ":" + service.getMappedPort(9000) + "/codes/433");
			assertThat(this.http
				.send(HttpRequest.newBuilder(lookup).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			for (Socket socket : waiting) {
				socket.close();
			}
		}
	}

	@Test
	void shutsDownGracefullyOnSigtermUnderLoad() throws Exception {
		try (GenericContainer<?> second = new GenericContainer<>(IMAGE).withExposedPorts(8080)
			.withCreateContainerCmdModifier(
					(cmd) -> cmd.getHostConfig().withReadonlyRootfs(true).withTmpFs(Map.of("/tmp", "rw")))
			.waitingFor(Wait.forHttp("/actuator/health/readiness").withStartupTimeout(Duration.ofMinutes(2)))) {
			second.start();
			URI uri = URI.create("http://" + second.getHost() + ":" + second.getMappedPort(8080) + "/codes?q=memory");
			List<Integer> statuses = new CopyOnWriteArrayList<>();
			List<String> incomplete = new CopyOnWriteArrayList<>();
			List<String> refusals = new CopyOnWriteArrayList<>();
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(8);
			for (int i = 0; i < 8; i++) {
				clients.submit(() -> {
					HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
					while (running.get()) {
						try {
							HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
									HttpResponse.BodyHandlers.ofString());
							statuses.add(response.statusCode());
							if (response.statusCode() != 200) {
								refusals.add(response.body());
							}
							if (response.statusCode() == 200 && !isWholeAnswer(response.body())) {
								incomplete.add(response.body());
							}
						}
						catch (IOException ex) {
							// refused or closed once the server stops taking requests: a
							// clean refusal
						}
					}
					return null;
				});
			}
			Thread.sleep(2000);
			second.getDockerClient().stopContainerCmd(second.getContainerId()).withTimeout(30).exec();
			running.set(false);
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
			Long exitCode = second.getDockerClient()
				.inspectContainerCmd(second.getContainerId())
				.exec()
				.getState()
				.getExitCodeLong();
			// Answered requests are whole 200s; once the shutdown begins a new request is
			// refused with a 503 that says
			// the server is stopping, or its connection is closed. (Tomcat answers 400 to
			// a request it reads in the
			// instant the connector pauses; the error report valve makes that the same
			// 503.) Never a 4xx, never a 500,
			// never a cut-off body.
			assertThat(statuses).contains(200).allMatch((status) -> status == 200 || status == 503);
			assertThat(refusals).allMatch((body) -> body.contains("urn:scf-codes:problem:stopping"));
			assertThat(incomplete).isEmpty();
			assertThat(second.getLogs()).contains("Commencing graceful shutdown")
				.contains("Graceful shutdown complete");
			assertThat(exitCode).isEqualTo(143L);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		URI uri = URI.create("http://" + service.getHost() + ":" + service.getMappedPort(9000) + path);
		return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A search answer that arrived whole: JSON that parses to the end and carries its
	 * list of codes.
	 */
	private static boolean isWholeAnswer(String body) {
		try {
			return JsonMapper.shared().readTree(body).path("codes").isArray();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
