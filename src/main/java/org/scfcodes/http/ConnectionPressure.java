package org.scfcodes.http;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.SmartLifecycle;

/**
 * Shortens the connection timeout while the connections held pass a share of
 * {@code server.tomcat.max-connections}, so that connections that are accepted and then
 * send nothing, or stop in the middle of a request (half-open), give their slots back
 * within a second and a client that holds them cannot keep everyone else waiting; once
 * the count falls below a lower share, the configured timeout returns. Connections kept
 * alive between whole requests keep their timeout (a proxy's pool of connections is never
 * cut short), and no connection is refused, whatever its source: behind a proxy every
 * connection comes from the proxy. It reads and sets only the connector's public settings
 * ({@link AbstractProtocol#getConnectionCount()},
 * {@link AbstractProtocol#setConnectionTimeout}), which Tomcat gives each connection it
 * accepts afterwards.
 */
final class ConnectionPressure implements TomcatConnectorCustomizer, SmartLifecycle, MeterBinder {

	private static final Logger logger = LoggerFactory.getLogger(ConnectionPressure.class);

	private static final long CHECK_MILLIS = 250;

	private final double enterShare;

	private final double leaveShare;

	private final int pressureTimeout;

	private final AtomicLong episodes = new AtomicLong();

	private volatile @Nullable AbstractProtocol<?> protocol;

	private volatile boolean underPressure;

	private int connectionTimeout;

	private @Nullable ScheduledExecutorService checker;

	/**
	 * @param enterShare the share of {@code max-connections} held at which pressure
	 * starts
	 * @param leaveShare the share below which it ends (lower, so that it does not flap)
	 * @param pressureTimeout the connection timeout under pressure
	 */
	ConnectionPressure(double enterShare, double leaveShare, Duration pressureTimeout) {
		if (!(leaveShare > 0 && leaveShare < enterShare && enterShare <= 1)) {
			throw new IllegalArgumentException("connection pressure needs 0 < leave < enter <= 1 (enter " + enterShare
					+ ", leave " + leaveShare + ")");
		}
		this.enterShare = enterShare;
		this.leaveShare = leaveShare;
		this.pressureTimeout = Math.toIntExact(pressureTimeout.toMillis());
	}

	@Override
	public void customize(Connector connector) {
		if (connector.getProtocolHandler() instanceof AbstractProtocol<?> handler) {
			this.protocol = handler;
		}
	}

	@Override
	public void start() {
		if (this.protocol != null) {
			this.connectionTimeout = this.protocol.getConnectionTimeout();
			this.checker = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "connection-pressure");
				thread.setDaemon(true);
				return thread;
			});
			this.checker.scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		if (this.checker != null) {
			this.checker.shutdownNow();
			this.checker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.checker != null;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge
			.builder("scf.codes.connections", this,
					(pressure) -> (pressure.protocol != null) ? pressure.protocol.getConnectionCount() : 0)
			.description("Connections the server holds now")
			.register(registry);
		Gauge.builder("scf.codes.connections.pressure", this, (pressure) -> pressure.underPressure ? 1 : 0)
			.description(
					"1 while the connections held pass the pressure share and new connections have a short timeout")
			.register(registry);
		FunctionCounter.builder("scf.codes.connections.pressure.episodes", this.episodes, AtomicLong::get)
			.description("Times the server came under connection pressure")
			.register(registry);
	}

	/** Whether the server is under connection pressure now. */
	boolean underPressure() {
		return this.underPressure;
	}

	private void check() {
		AbstractProtocol<?> current = this.protocol;
		long held = current.getConnectionCount();
		int max = current.getMaxConnections();
		if (max <= 0) {
			return;
		}
		if (!this.underPressure && held >= this.enterShare * max) {
			this.underPressure = true;
			this.episodes.incrementAndGet();
			current.setConnectionTimeout(this.pressureTimeout);
			logger.warn("Connection pressure: {} connections held of {}; new connections now time out after {} ms "
					+ "without data", held, max, this.pressureTimeout);
		}
		else if (this.underPressure && held < this.leaveShare * max) {
			this.underPressure = false;
			current.setConnectionTimeout(this.connectionTimeout);
			logger.info("Connection pressure over: {} connections held of {}", held, max);
		}
	}

}
