package org.scfcodes.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * A data file loaded at start and reloaded when an external copy changes (a Kubernetes
 * ConfigMap, say). The content is replaced whole when a reload succeeds, so a request
 * that reads it once always sees one whole content; a reload that fails leaves the
 * previous content serving and is remembered until one succeeds. An embedded file never
 * changes and is not watched.
 * <p>
 * Operators see it in {@code /actuator/info}, with its version and size, and in its
 * health, part of readiness: up with the version and size it serves, and the last
 * rejected reload, if any, with its time and reason. Its bean's name names its health
 * component.
 *
 * @param <T> the checked content the file loads into
 */
public final class ReloadableFile<T extends DataContent>
		implements Supplier<T>, HealthIndicator, InfoContributor, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ReloadableFile.class);

	private final DataFile<T> file;

	private final Resource location;

	private final @Nullable ScheduledExecutorService watcher;

	private volatile T current;

	private volatile @Nullable Failure lastFailure;

	private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();

	private final List<Consumer<? super T>> checks = new CopyOnWriteArrayList<>();

	private @Nullable Object lastStamp;

	/**
	 * Loads the file, and watches it for changes when it is an external file and
	 * reloading is on.
	 */
	ReloadableFile(DataFile<T> file, DataFileSettings settings) {
		this.file = file;
		this.location = settings.location();
		Duration interval = settings.reloadInterval();
		this.current = file.loader().apply(this.location);
		boolean external = !(this.location instanceof ClassPathResource) && this.location.isFile();
		this.watcher = (external && !interval.isZero()) ? Executors.newSingleThreadScheduledExecutor(this::daemon)
				: null;
		if (this.watcher != null) {
			this.lastStamp = stamp();
			long millis = interval.toMillis();
			this.watcher.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	/** The content serving now. */
	public T current() {
		return this.current;
	}

	/** The content serving now, for code that only reads it. */
	@Override
	public T get() {
		return this.current;
	}

	/** The last reload that failed since the last one that succeeded, or {@code null}. */
	public @Nullable Failure lastFailure() {
		return this.lastFailure;
	}

	/** Calls the listener after every reload, with whether it succeeded. */
	public void onReload(Consumer<Boolean> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Checks the content serving now, and every content a reload brings before it serves,
	 * against what other files need of it (the statuses they name, say): a check throws
	 * {@link DataFileException} to refuse a content.
	 */
	public synchronized void check(Consumer<? super T> check) {
		checked(check, this.current);
		this.checks.add(check);
	}

	/**
	 * Makes this file refer to another: a content of the other that this file's content
	 * refuses (throwing {@link DataFileException}) is refused, and this file is loaded
	 * again whenever the other changes, so that what it takes from the other follows it.
	 */
	public <N> void refersTo(ReloadableFile<? extends N> other, BiConsumer<? super T, N> requirement) {
		other.check((content) -> requirement.accept(this.current, content));
		other.onReload((loaded) -> {
			if (loaded) {
				reload();
			}
		});
	}

	private void checked(Consumer<? super T> check, T content) {
		try {
			check.accept(content);
		}
		catch (DataFileException ex) {
			throw new DataFileException(fileName() + ": " + ex.getMessage(), ex);
		}
	}

	private String fileName() {
		return (this.location.getFilename() != null) ? this.location.getFilename() : this.location.getDescription();
	}

	/**
	 * Loads the file again; switches to it if it loads, keeps the current content if it
	 * does not.
	 */
	public synchronized boolean reload() {
		boolean loaded = load();
		this.listeners.forEach((listener) -> listener.accept(loaded));
		return loaded;
	}

	private boolean load() {
		try {
			T loaded = this.file.loader().apply(this.location);
			this.checks.forEach((check) -> checked(check, loaded));
			String was = this.current.version();
			if (!loaded.version().equals(was)) {
				logger.info("{} reloaded: version {} (was {})", this.file.name(), loaded.version(), was);
				this.current = loaded;
			}
			this.lastFailure = null;
			return true;
		}
		catch (RuntimeException ex) {
			// a DataFileException names the file and entry; anything else is a loader's
			// fault, which must not end the
			// watching (an exception escaping a scheduled check would cancel every later
			// one)
			String reason = (ex instanceof DataFileException) ? ex.getMessage() : ex.toString();
			logger.warn("{} reload rejected, still serving {}: {}", this.file.name(), this.current.version(), reason);
			this.lastFailure = new Failure(Instant.now(), reason);
			return false;
		}
	}

	/**
	 * Reloads when the file (its identity, modification time or size) changed since the
	 * last look.
	 */
	void check() {
		Object stamp = stamp();
		if (!Objects.equals(stamp, this.lastStamp)) {
			this.lastStamp = stamp;
			reload();
		}
	}

	private Object stamp() {
		try {
			BasicFileAttributes file = Files.readAttributes(this.location.getFile().toPath(),
					BasicFileAttributes.class);
			return List.of(String.valueOf(file.fileKey()), file.lastModifiedTime(), file.size());
		}
		catch (IOException ex) {
			return ex.getClass();
		}
	}

	private Thread daemon(Runnable runnable) {
		Thread thread = new Thread(runnable, this.file.name() + "-reload");
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public Health health() {
		T content = this.current;
		Health.Builder health = Health.up()
			.withDetail("version", content.version())
			.withDetail(this.file.counted(), content.size());
		Failure failure = this.lastFailure;
		if (failure != null) {
			health.withDetail("lastReload", "failed")
				.withDetail("lastReloadFailedAt", failure.at().toString())
				.withDetail("lastReloadError", failure.reason());
		}
		return health.build();
	}

	@Override
	public void contribute(Info.Builder builder) {
		T content = this.current;
		builder.withDetail(this.file.name(), Map.of("version", content.version(), this.file.counted(), content.size()));
	}

	@Override
	public void destroy() {
		if (this.watcher != null) {
			this.watcher.shutdownNow();
		}
	}

	/** A reload that was rejected, and why. */
	public record Failure(Instant at, String reason) {
	}

}
