package org.scfcodes.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Clients that send their bodies slowly, or never, hold no more workers than the limit: one more meanwhile is
 * refused at once and its connection closed without waiting for its body, bodies that come with their headers and
 * lookups are served as usual, a body left unread is not waited for, and a slow body that does come is answered.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "scf-codes.http.max-pending-bodies=2", "server.tomcat.threads.max=4" })
@ExtendWith(OutputCaptureExtension.class)
class PendingBodyIntegrationTests {

	private static final String BODY = "Result:{\"errorCode\":-1,\"statusCode\":433}";

	private static final int WAIT_MS = 5000;

	@LocalServerPort
	int port;

	private final List<Socket> sockets = new ArrayList<>();

	@AfterEach
	void close() throws IOException {
		for (Socket socket : this.sockets) {
			socket.close();
		}
	}

	@Test
	void slowBodiesHoldNoMoreWorkersThanTheLimit(CapturedOutput output) throws IOException {
		Socket first = startSlowDecode();
		Socket second = startSlowDecode();
		assertWaiting(first);
		assertWaiting(second);

		String refused = read(startSlowDecode());
		assertThat(refused).startsWith("HTTP/1.1 503 ")
			.containsIgnoringCase("Retry-After: 1")
			.containsIgnoringCase("Connection: close")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.containsIgnoringCase("X-Request-Id: ")
			.contains("\"limit\":2")
			.contains("\"title\":\"Too many bodies on their way\"");

		for (int i = 0; i < 10; i++) {
			assertThat(exchange("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
				.startsWith("HTTP/1.1 200 ");
		}
		assertThat(exchange(decodeHead(BODY.length()) + BODY)).startsWith("HTTP/1.1 200 ").contains("TimeLimitReached");

		finish(first);
		assertThat(read(first)).startsWith("HTTP/1.1 200 ").contains("TimeLimitReached");
		second.close();

		Socket next = startSlowDecode();
		assertWaiting(next);
		finish(next);
		assertThat(read(next)).startsWith("HTTP/1.1 200 ").contains("TimeLimitReached");

		String lookupWithBody = exchange("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40\r\n\r\nResult:");
		assertThat(lookupWithBody).as("answered, and closed rather than waited on").startsWith("HTTP/1.1 200 ");
		assertThat(output).as("no error page over answers already made").doesNotContain("already committed");
	}

	/** Sends the headers and the first bytes of a body, and waits with the rest. */
	private Socket startSlowDecode() throws IOException {
		Socket socket = open();
		write(socket, decodeHead(BODY.length()) + BODY.substring(0, 7));
		return socket;
	}

	private void finish(Socket socket) throws IOException {
		write(socket, BODY.substring(7));
	}

	private static String decodeHead(int length) {
		return "POST /codes/decode HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nAccept: application/json\r\n"
				+ "Connection: close\r\nContent-Length: " + length + "\r\n\r\n";
	}

	/** The request waits for the rest of its body: nothing is answered in the meantime. */
	private static void assertWaiting(Socket socket) throws IOException {
		socket.setSoTimeout(500);
		assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> socket.getInputStream().read());
		socket.setSoTimeout(WAIT_MS);
	}

	private String exchange(String request) throws IOException {
		Socket socket = open();
		write(socket, request);
		return read(socket);
	}

	private Socket open() throws IOException {
		Socket socket = new Socket("localhost", this.port);
		socket.setSoTimeout(WAIT_MS);
		this.sockets.add(socket);
		return socket;
	}

	private static void write(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(text.getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/** The whole answer, up to the server closing the connection (within the wait, or the test fails). */
	private static String read(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

}
