package org.scfcodes.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gateway's settings do what k8s/ says they do, run by NGINX (Debian's) in front of
 * the running service: the directives of NGINX Gateway Fabric's policies and of the
 * SnippetsPolicy, placed as it places them (the snippets in their http, server and
 * location contexts, the rate limit's zone and rule, each route's body limits in its
 * locations, the proxy timeouts), the routes' paths as its locations. NGINX must accept
 * them all, and then limit each client's requests and connections, cut off bodies past
 * each route's limit, route nothing else, and serve the public answers from its cache per
 * language. Skipped where {@code /usr/sbin/nginx} is missing.
 */
@RunningServiceTest
class GatewayNginxTests {

	private static final Path BINARY = Path.of(System.getProperty("nginx.binary", "/usr/sbin/nginx"));

	@TempDir
	static Path directory;

	private static Process nginx;

	private static int gatewayPort;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@BeforeAll
	static void nginxIsInstalled() {
		assumeTrue(Files.isExecutable(BINARY),
				"NGINX is not installed at " + BINARY + " (apt-get install --no-install-recommends nginx-light)");
	}

	@AfterAll
	static void stopNginx() throws InterruptedException {
		if (nginx != null) {
			nginx.destroy();
			if (!nginx.waitFor(20, TimeUnit.SECONDS)) {
				nginx.destroyForcibly();
			}
		}
	}

	@Test
	void publicAnswersComeFromTheCacheOncePerLanguage() throws Exception {
		start();
		// a code no other test asks for, so that its first answer in a language is not
		// cached yet
		assertThat(get("/codes/434", "en").headers().firstValue("X-Cache-Status")).hasValue("MISS");
		HttpResponse<String> cached = get("/codes/434", "en");
		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(cached.headers().firstValue("ETag")).isPresent();
		// another language is another answer the service may give (Vary: Accept-Language)
		assertThat(cached.headers().allValues("Vary").toString()).containsIgnoringCase("Accept-Language");
		assertThat(get("/codes/434", "zh").headers().firstValue("X-Cache-Status")).hasValue("MISS");
		assertThat(get("/codes/434", "zh").headers().firstValue("X-Cache-Status")).hasValue("HIT");
	}

	@Test
	void terminalClientsAndOthersAreCachedApart() throws Exception {
		start();
		// a code no other test asks for
		HttpResponse<String> curl = get("/codes/441", "en", "curl/8.14.1");
		assertThat(curl.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(curl.headers().firstValue("X-Cache-Status")).hasValue("MISS");
		// another curl shares the text answer; a program gets JSON, cached apart
		HttpResponse<String> wget = get("/codes/441", "en", "Wget/1.25.0");
		assertThat(wget.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(wget.body()).isEqualTo(curl.body());
		HttpResponse<String> program = get("/codes/441", "en", "Java-http-client/17");
		assertThat(program.headers().firstValue("X-Cache-Status")).hasValue("MISS");
		assertThat(program.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
	}

	@Test
	void bodiesPastARoutesLimitStopAtTheGatewayAndUploadsPass() throws Exception {
		start();
		// past the service's 256 KB, within the route's 1 MB: the service's own problem
		HttpResponse<String> problem = post("/codes/decode", 300 * 1024);
		assertThat(problem.statusCode()).isEqualTo(413);
		assertThat(problem.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		// past the route's 1 MB: the gateway's
		HttpResponse<String> cut = post("/codes/decode", 2 * 1024 * 1024);
		assertThat(cut.statusCode()).isEqualTo(413);
		assertThat(cut.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		// 5 MB reaches the service on the upload route, which answers it itself
		HttpResponse<String> upload = post("/handler/validate", 5 * 1024 * 1024);
		assertThat(upload.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void onlyTheContractsPathsAreRouted() throws Exception {
		start();
		assertThat(get("/actuator/health", "en").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/prometheus", "en").statusCode()).isEqualTo(404);
		assertThat(get("/", "en").statusCode()).isEqualTo(200);
		assertThat(get("/codes?q=memory", "en").statusCode()).isEqualTo(200);
	}

	@Test
	void aClientHoldingTooManyConnectionsIsRefused() throws Exception {
		start();
		int limit = Integer.parseInt(
				GatewaySettings.snippet("http.server.location").replaceAll("(?s).*limit_conn \\w+ (\\d+);.*", "$1"));
		List<Socket> held = new ArrayList<>();
		try {
			// uploads whose bodies have not all arrived: the gateway buffers them, each
			// holds a connection
			for (int i = 0; i < limit; i++) {
				Socket socket = new Socket("127.0.0.1", gatewayPort);
				OutputStream out = socket.getOutputStream();
				out.write(
						("POST /handler/validate HTTP/1.1\r\nHost: scf-codes.example.com\r\nContent-Type: application/json\r\n"
								+ "Content-Length: 1000000\r\n\r\n{")
							.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				held.add(socket);
			}
			Thread.sleep(500);
			assertThat(get("/codes/433", "en").statusCode()).as("one connection more than the limit").isEqualTo(429);
		}
		finally {
			for (Socket socket : held) {
				socket.close();
			}
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (get("/codes/433", "en").statusCode() != 200) {
			assertThat(System.nanoTime()).as("served again once the connections close").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void aClientPastItsRequestRateIsRefusedAfterItsBurst() throws Exception {
		start();
		JsonNode rule = GatewaySettings.rateLimitRule();
		int burst = rule.path("burst").asInt();
		int served = 0;
		int refused = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (refused == 0 && System.nanoTime() < deadline) {
			int status = get("/codes/433", "en").statusCode();
			if (status == 429) {
				refused++;
			}
			else {
				assertThat(status).isEqualTo(200);
				served++;
			}
		}
		assertThat(refused).as("a refusal within 5 s of requests in a loop").isPositive();
		assertThat(served).as("the burst is served first").isGreaterThanOrEqualTo(burst);
		// the other tests send from the same address: give their requests back
		Thread.sleep(2000);
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		return get(path, language, "Java-http-client/17");
	}

	private HttpResponse<String> get(String path, String language, String agent) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
			.header("Accept-Language", language)
			.header("User-Agent", agent)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, int bytes) throws Exception {
		byte[] body = new byte[bytes];
		Arrays.fill(body, (byte) 'a');
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Starts NGINX in front of this service once, on a free port. */
	private void start() throws Exception {
		if (nginx != null) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			gatewayPort = socket.getLocalPort();
		}
		// the emptyDir NGINX Gateway Fabric mounts at /var/cache/nginx
		Files.createDirectories(directory.resolve("cache"));
		Path config = directory.resolve("nginx.conf");
		Files.writeString(config, GatewaySettings.nginxConfiguration(directory, gatewayPort, this.port));
		Path log = directory.resolve("error.log");
		Process check = new ProcessBuilder(BINARY.toString(), "-t", "-p", directory.toString(), "-c", config.toString())
			.redirectErrorStream(true)
			.start();
		String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(check.waitFor()).as(checked + "\n" + Files.readString(config)).isZero();
		nginx = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(), "-c", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!answers()) {
			assertThat(nginx.isAlive()).as(Files.exists(log) ? Files.readString(log) : "no log").isTrue();
			assertThat(System.nanoTime()).as("NGINX listening").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static boolean answers() {
		try (Socket socket = new Socket("127.0.0.1", gatewayPort)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
