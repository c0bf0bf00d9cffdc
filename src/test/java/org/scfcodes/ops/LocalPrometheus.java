package org.scfcodes.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Prometheus, run on a free local port with a configuration of the test's, and
 * queried through its HTTP API.
 */
final class LocalPrometheus implements AutoCloseable {

	static final Path BINARY = Path.of(System.getProperty("prometheus.binary", "/usr/bin/prometheus"));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Process process;

	private final Path log;

	private final URI api;

	private LocalPrometheus(Process process, Path log, URI api) {
		this.process = process;
		this.log = log;
		this.api = api;
	}

	/**
	 * Starts Prometheus with that configuration (YAML), its data and log in the
	 * directory, and waits until ready.
	 */
	static LocalPrometheus start(Path directory, String configuration) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path config = directory.resolve("prometheus.yml");
		Files.writeString(config, configuration);
		Path log = directory.resolve("prometheus.log");
		Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
				"--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
				"--log.level=warn")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		LocalPrometheus prometheus = new LocalPrometheus(process, log, URI.create("http://127.0.0.1:" + port));
		prometheus.await("Prometheus ready", () -> prometheus.status("/-/ready") == 200);
		return prometheus;
	}

	/** The {@code data} of an instant query's answer, which must succeed. */
	JsonNode query(String promql) throws Exception {
		JsonNode answer = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
		assertThat(answer.path("status").asString()).as(promql + ": " + answer.path("error").asString())
			.isEqualTo("success");
		return answer.path("data");
	}

	JsonNode get(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(this.api.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return Dashboard.JSON.readTree(response.body());
	}

	/**
	 * Polls the check until it holds, for at most 30 s, failing with Prometheus' targets
	 * and log.
	 */
	void await(String what, Check check) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!check.holds()) {
			assertThat(this.process.isAlive()).as("Prometheus is running; its log: " + Files.readString(this.log))
				.isTrue();
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not within 30 s: " + what + "; targets: " + get("/api/v1/targets")
						+ "; Prometheus' log: " + Files.readString(this.log));
			}
			Thread.sleep(250);
		}
	}

	private int status(String path) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(this.api.resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException | InterruptedException ex) {
			return -1;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/** A condition polled until it holds. */
	@FunctionalInterface
	interface Check {

		boolean holds() throws Exception;

	}

}
