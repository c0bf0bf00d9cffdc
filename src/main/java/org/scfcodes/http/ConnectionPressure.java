package org.scfcodes.http;

import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps one source of idle or half-open connections from taking every connection slot. Tomcat holds at most
 * {@code server.tomcat.max-connections}; a connection waiting for its request (headers not yet complete, or idle
 * between requests) holds a slot, not a thread, for up to the connection or keep-alive timeout. While the connections
 * held pass a share of the limit, the server is under pressure: every connection then gets a short read timeout, so
 * that a connection that sends nothing for that long is closed by Tomcat's poller, and new connections and requests
 * get it too. A source address that holds more than its share of the limit has its connections beyond the share
 * timed out at once (by the poller, as Tomcat closes any connection that times out) and each new connection closed as
 * it is accepted, so that the slots go to everyone else. Once the count falls back below a lower share and no source
 * has been refused for a few seconds, the configured timeouts return. Normal traffic never comes near the share, so it
 * keeps its timeouts.
 */
final class ConnectionPressure implements TomcatConnectorCustomizer, SmartLifecycle, MeterBinder {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPressure.class);

	private static final long CHECK_INTERVAL_MILLIS = 250;

	/** How long after the last refused connection the pressure may end. */
	private static final long CALM_NANOS = TimeUnit.SECONDS.toNanos(5);

	/** The read timeout that has the poller close a connection at its next timeout check. */
	private static final long NOW = 1;

	private final double enterShare;

	private final double leaveShare;

	private final int pressureTimeout;

	private final double clientShare;

	/** Connections held by each source address at the last check, under pressure only. */
	private volatile Map<String, Integer> heldBySource = Map.of();

	/** Connections accepted from each source address since the last check, under pressure only. */
	private final Map<String, AtomicInteger> acceptedSinceCheck = new ConcurrentHashMap<>();

	private volatile int clientLimit;

	private volatile long lastRefusal;

	private final AtomicLong episodes = new AtomicLong();

	private final AtomicLong refused = new AtomicLong();

	private volatile ObservableNioProtocol protocol;

	private volatile boolean underPressure;

	private int connectionTimeout;

	private int keepAliveTimeout;

	private ScheduledExecutorService checker;

	private ScheduledFuture<?> checks;

	/**
	 * @param enterShare the share of {@code max-connections} held at which pressure starts
	 * @param leaveShare the share below which it ends (lower, so that it does not flap)
	 * @param pressureTimeout the read timeout of every connection under pressure
	 * @param clientShare the share of {@code max-connections} one source address may hold under pressure
	 */
	ConnectionPressure(double enterShare, double leaveShare, Duration pressureTimeout, double clientShare) {
		if (!(leaveShare < enterShare && enterShare <= 1 && leaveShare > 0)) {
			throw new IllegalArgumentException("connection pressure needs 0 < leave < enter <= 1 (enter " + enterShare
					+ ", leave " + leaveShare + ")");
		}
		this.enterShare = enterShare;
		this.leaveShare = leaveShare;
		this.pressureTimeout = Math.toIntExact(pressureTimeout.toMillis());
		if (!(clientShare > 0 && clientShare <= 1)) {
			throw new IllegalArgumentException("a client's share of the connections is above 0 and at most 1");
		}
		this.clientShare = clientShare;
	}

	@Override
	public void customize(Connector connector) {
		if (connector.getProtocolHandler() instanceof ObservableNioProtocol observable) {
			this.protocol = observable;
			observable.refuseWhen(this::refuse);
		}
	}

	@Override
	public void start() {
		if (this.protocol == null) {
			return;
		}
		this.connectionTimeout = this.protocol.getConnectionTimeout();
		this.keepAliveTimeout = this.protocol.getKeepAliveTimeout();
		this.checker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "connection-pressure");
			thread.setDaemon(true);
			return thread;
		});
		this.checks = this.checker.scheduleWithFixedDelay(this::check, CHECK_INTERVAL_MILLIS, CHECK_INTERVAL_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.checker != null) {
			this.checks.cancel(false);
			this.checker.shutdownNow();
			this.checker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.checker != null;
	}

	@Override
	public int getPhase() {
		// after the web server has started (its connector exists), stopped before it
		return SmartLifecycle.DEFAULT_PHASE;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("scf.codes.connections", this, (pressure) -> pressure.held())
			.description("Connections the server holds now")
			.register(registry);
		Gauge.builder("scf.codes.connections.pressure", this, (pressure) -> pressure.underPressure ? 1 : 0)
			.description("1 while the connections held pass the pressure share and every connection has a short timeout")
			.register(registry);
		FunctionCounter.builder("scf.codes.connections.pressure.episodes", this.episodes, AtomicLong::get)
			.description("Times the server came under connection pressure")
			.register(registry);
		FunctionCounter.builder("scf.codes.connections.refused", this.refused, AtomicLong::get)
			.description("Connections closed as accepted, under pressure, from a source past its share")
			.register(registry);
	}

	/** Whether the server is under connection pressure now. */
	boolean underPressure() {
		return this.underPressure;
	}

	/** Whether a connection just accepted from this source is closed at once: under pressure, past its share. */
	private boolean refuse(SocketChannel socket) {
		if (!this.underPressure) {
			return false;
		}
		String source = ObservableNioProtocol.address(socket);
		int accepted = this.acceptedSinceCheck.computeIfAbsent(source, (key) -> new AtomicInteger()).incrementAndGet();
		if (this.heldBySource.getOrDefault(source, 0) + accepted > this.clientLimit) {
			this.refused.incrementAndGet();
			this.lastRefusal = System.nanoTime();
			return true;
		}
		return false;
	}

	private double held() {
		ObservableNioProtocol current = this.protocol;
		return (current != null) ? current.getConnectionCount() : 0;
	}

	private void check() {
		try {
			ObservableNioProtocol current = this.protocol;
			long held = current.getConnectionCount();
			int max = current.getMaxConnections();
			if (max <= 0) {
				return;
			}
			if (!this.underPressure && held >= this.enterShare * max) {
				this.underPressure = true;
				this.episodes.incrementAndGet();
				current.setConnectionTimeout(this.pressureTimeout);
				current.setKeepAliveTimeout(this.pressureTimeout);
				logger.warn("Connection pressure: {} connections held of {}; every connection now times out after {} ms "
						+ "without data", held, max, this.pressureTimeout);
			}
			else if (this.underPressure && held < this.leaveShare * max
					&& System.nanoTime() - this.lastRefusal > CALM_NANOS) {
				this.underPressure = false;
				current.setConnectionTimeout(this.connectionTimeout);
				current.setKeepAliveTimeout(this.keepAliveTimeout);
				logger.info("Connection pressure over: {} connections held of {}; timeouts back to {} ms (keep-alive {} ms)",
						held, max, this.connectionTimeout, this.keepAliveTimeout);
			}
			if (this.underPressure) {
				// connections accepted before the pressure (or since the last check) get the short timeout too
				int limit = Math.max(1, (int) (this.clientShare * max));
				Map<String, Integer> bySource = new HashMap<>();
				for (SocketWrapperBase<NioChannel> connection : current.connections()) {
					int ofSource = bySource.merge(String.valueOf(connection.getRemoteAddr()), 1, Integer::sum);
					if (ofSource > limit) {
						// beyond its source's share: the poller closes it at its next timeout check
						connection.setReadTimeout(NOW);
						this.lastRefusal = System.nanoTime();
					}
					else if (connection.getReadTimeout() > this.pressureTimeout || connection.getReadTimeout() <= 0) {
						connection.setReadTimeout(this.pressureTimeout);
					}
				}
				bySource.replaceAll((source, count) -> Math.min(count, limit));
				this.clientLimit = limit;
				this.heldBySource = bySource;
			}
			else {
				this.heldBySource = Map.of();
			}
			this.acceptedSinceCheck.clear();
		}
		catch (RuntimeException ex) {
			logger.warn("Connection pressure check failed", ex);
		}
	}

}
