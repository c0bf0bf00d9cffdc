package org.scfcodes.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * One client's half-open connections cannot starve everyone else: with the connection
 * limit set low (100), a client that holds more connections than the limit, and reopens
 * each one the server closes, leaves another client's lookups answered, and the service
 * is whole again as soon as it stops. Many connections from one source, as a proxy in
 * front holds them, are all served. A keep-alive client that polls keeps its connection.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.max-connections=" + ConnectionPressureIntegrationTests.LIMIT })
class ConnectionPressureIntegrationTests {

	static final int LIMIT = 100;

	/**
	 * The misbehaving client connects from another loopback address, so that the server
	 * sees two sources.
	 */
	private static final String HOLDER = "127.0.0.2";

	private static final byte[] UNFINISHED = "GET /codes/433 HTTP/1.1\r\nHost: localhost\r\n"
		.getBytes(StandardCharsets.US_ASCII);

	/**
	 * How long a lookup may wait: the held connections' short timeout (1 s) a few times
	 * over, since the holder reopens each one the moment it is closed and the lookup's
	 * connection waits for a slot among them.
	 */
	private static final Duration LOOKUP_BOUND = Duration.ofSeconds(3);

	/** The connection timeout outside pressure, as application.properties sets it. */
	private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

	@LocalServerPort
	int port;

	@Autowired
	ConnectionPressure pressure;

	@Test
	void halfOpenConnectionsBeyondTheLimitFromOneClientLeaveOthersAnswered() throws Exception {
		assumeThat(canConnectFrom(HOLDER)).as("a second loopback address to connect from").isTrue();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		Holder holder = new Holder(this.port, LIMIT * 3 / 2);
		Thread holding = new Thread(holder, "half-open-holder");
		holding.start();
		try {
			holder.awaitOpened(LIMIT);
			// the connections accepted before the pressure keep the timeout they were
			// given (10 s); every one accepted
			// since gets the short one
			Thread.sleep(CONNECTION_TIMEOUT.plusSeconds(1).toMillis());
			List<Long> answered = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				long start = System.nanoTime();
				assertThat(lookup()).as("lookup %d while one client holds connections", i).isTrue();
				answered.add(System.nanoTime() - start);
				Thread.sleep(100);
			}
			assertThat(answered).allSatisfy((nanos) -> assertThat(Duration.ofNanos(nanos)).isLessThan(LOOKUP_BOUND));
			assertThat(this.pressure.underPressure()).isTrue();
			// the connector's timeout, set while it runs, reaches the connections it
			// accepts afterwards
			assertThat(holder.closedByServer.get()).as("held connections the server closed").isGreaterThan(LIMIT / 2);
		}
		finally {
			holder.running.set(false);
			holding.join(10_000);
		}
		long stopped = System.nanoTime();
		assertThat(lookup()).isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(1));
		System.gc();
		assertThat(memory.getHeapMemoryUsage().getUsed() - heapBefore).as("heap grown").isLessThan(64L << 20);
	}

	@Test
	void manyConnectionsFromOneSourceBelowTheLimitAreAllServed() throws Exception {
		List<Socket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < LIMIT * 9 / 10; i++) {
				Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port);
				socket.setSoTimeout(5_000);
				sockets.add(socket);
			}
			for (int round = 0; round < 3; round++) {
				// between the rounds, idle as a proxy's pool is, longer than the pressure
				// timeout
				Thread.sleep((round > 0) ? 1_500 : 0);
				for (Socket socket : sockets) {
					socket.getOutputStream()
						.write("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\n\r\n"
							.getBytes(StandardCharsets.US_ASCII));
				}
				for (Socket socket : sockets) {
					assertThat(readAnswer(socket.getInputStream())).as("round %d", round).startsWith("HTTP/1.1 200");
				}
			}
			assertThat(this.pressure.underPressure()).as("past half the limit").isTrue();
			assertThat(lookup()).isTrue();
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

	@Test
	void aKeepAliveClientPollingKeepsItsConnection() throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(5_000);
			for (int poll = 0; poll < 3; poll++) {
				OutputStream out = socket.getOutputStream();
				out.write("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				assertThat(readAnswer(socket.getInputStream())).as("poll %d on the same connection", poll)
					.startsWith("HTTP/1.1 200");
				// longer than the pressure timeout (1 s), which does not apply between
				// requests, far below the
				// keep-alive timeout (60 s)
				Thread.sleep(2_000);
			}
		}
	}

	/** One lookup on a new connection from the usual loopback address. */
	private boolean lookup() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port),
					(int) LOOKUP_BOUND.toMillis());
			socket.setSoTimeout((int) LOOKUP_BOUND.toMillis());
			socket.getOutputStream()
				.write("GET /codes/433 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			return readAnswer(socket.getInputStream()).startsWith("HTTP/1.1 200");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The head and body of one answer with a Content-Length, as text. */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				return head.toString();
			}
			head.append((char) b);
		}
		int length = 0;
		for (String line : head.toString().split("\r\n")) {
			if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				length = Integer.parseInt(line.substring(15).strip());
			}
		}
		in.readNBytes(length);
		return head.toString();
	}

	private static boolean canConnectFrom(String address) {
		try (SocketChannel channel = SocketChannel.open()) {
			channel.bind(new InetSocketAddress(address, 0));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Holds connections with unfinished headers and reopens each one the server closes,
	 * while running.
	 */
	static final class Holder implements Runnable {

		final AtomicBoolean running = new AtomicBoolean(true);

		final AtomicLong opened = new AtomicLong();

		final AtomicLong closedByServer = new AtomicLong();

		private final int port;

		private final int count;

		Holder(int port, int count) {
			this.port = port;
			this.count = count;
		}

		void awaitOpened(int atLeast) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (this.opened.get() < atLeast && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}

		@Override
		public void run() {
			try (Selector selector = Selector.open()) {
				int open = 0;
				ByteBuffer sink = ByteBuffer.allocate(1024);
				while (this.running.get()) {
					for (; open < this.count; open++) {
						SocketChannel channel = SocketChannel.open();
						channel.configureBlocking(false);
						channel.bind(new InetSocketAddress(HOLDER, 0));
						channel.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
						channel.register(selector, SelectionKey.OP_CONNECT);
					}
					selector.select(100);
					for (SelectionKey key : selector.selectedKeys()) {
						SocketChannel channel = (SocketChannel) key.channel();
						try {
							if (key.isConnectable()) {
								channel.finishConnect();
								channel.write(ByteBuffer.wrap(UNFINISHED));
								key.interestOps(SelectionKey.OP_READ);
								this.opened.incrementAndGet();
							}
							else if (key.isReadable() && channel.read(sink.clear()) < 0) {
								throw new IOException("closed by the server");
							}
						}
						catch (IOException ex) {
							this.closedByServer.incrementAndGet();
							key.cancel();
							channel.close();
							open--;
						}
					}
					selector.selectedKeys().clear();
				}
				for (SelectionKey key : selector.keys()) {
					key.channel().close();
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
