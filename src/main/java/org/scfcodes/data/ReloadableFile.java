package org.scfcodes.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * A data file loaded at start and reloaded when an external copy changes (a Kubernetes ConfigMap, say). The content is
 * replaced whole when a reload succeeds, so a request that reads it once always sees one whole content; a reload that
 * fails leaves the previous content serving and is remembered until one succeeds. An embedded file never changes and
 * is not watched.
 *
 * @param <T> the checked content the file loads into
 */
public class ReloadableFile<T> implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ReloadableFile.class);

	private final String name;

	private final Resource location;

	private final Function<Resource, T> loader;

	private final Function<T, String> version;

	private final ScheduledExecutorService watcher;

	private volatile T current;

	private volatile Failure lastFailure;

	private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();

	private final List<Consumer<T>> checks = new CopyOnWriteArrayList<>();

	private Object lastStamp;

	/**
	 * Loads the file, and watches it for changes every {@code interval} when it is an external file.
	 * @param name what the file holds, for logs and thread names
	 * @param interval how often an external file is checked; zero turns reloading off
	 * @param loader reads and checks the file, throwing {@link DataFileException} when it cannot be used
	 * @param version the version of a loaded content, which changes whenever the content does
	 */
	public ReloadableFile(String name, Resource location, Duration interval, Function<Resource, T> loader,
			Function<T, String> version) {
		this.name = name;
		this.location = location;
		this.loader = loader;
		this.version = version;
		this.current = loader.apply(location);
		boolean external = !(location instanceof ClassPathResource) && location.isFile();
		this.watcher = (external && !interval.isZero()) ? Executors.newSingleThreadScheduledExecutor(this::daemon) : null;
		if (this.watcher != null) {
			this.lastStamp = stamp();
			long millis = interval.toMillis();
			this.watcher.scheduleWithFixedDelay(this::check, millis, millis, TimeUnit.MILLISECONDS);
		}
	}

	public T current() {
		return this.current;
	}

	/** The version of a loaded content. */
	public String version(T content) {
		return this.version.apply(content);
	}

	/** The last reload that failed since the last one that succeeded, or {@code null}. */
	public Failure lastFailure() {
		return this.lastFailure;
	}

	/** Calls the listener after every reload, with whether it succeeded. */
	public void onReload(Consumer<Boolean> listener) {
		this.listeners.add(listener);
	}

	/**
	 * Checks the content serving now, and every content a reload brings before it serves, against what other files
	 * need of it (the statuses they name, say): a check throws {@link DataFileException} to refuse a content.
	 */
	public synchronized void check(Consumer<T> check) {
		checked(check, this.current);
		this.checks.add(check);
	}

	private void checked(Consumer<T> check, T content) {
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

	/** Loads the file again; switches to it if it loads, keeps the current content if it does not. */
	public synchronized boolean reload() {
		boolean loaded = load();
		this.listeners.forEach((listener) -> listener.accept(loaded));
		return loaded;
	}

	private boolean load() {
		try {
			T loaded = this.loader.apply(this.location);
			this.checks.forEach((check) -> checked(check, loaded));
			String was = this.version.apply(this.current);
			if (!this.version.apply(loaded).equals(was)) {
				logger.info("{} reloaded: version {} (was {})", this.name, this.version.apply(loaded), was);
				this.current = loaded;
			}
			this.lastFailure = null;
			return true;
		}
		catch (RuntimeException ex) {
			// a DataFileException names the file and entry; anything else is a loader's fault, which must not end the
			// watching (an exception escaping a scheduled check would cancel every later one)
			String reason = (ex instanceof DataFileException) ? ex.getMessage() : ex.toString();
			logger.warn("{} reload rejected, still serving {}: {}", this.name, this.version.apply(this.current), reason);
			this.lastFailure = new Failure(Instant.now(), reason);
			return false;
		}
	}

	/** Reloads when the file (its identity, modification time or size) changed since the last look. */
	void check() {
		Object stamp = stamp();
		if (!Objects.equals(stamp, this.lastStamp)) {
			this.lastStamp = stamp;
			reload();
		}
	}

	private Object stamp() {
		try {
			BasicFileAttributes file = Files.readAttributes(this.location.getFile().toPath(), BasicFileAttributes.class);
			return List.of(String.valueOf(file.fileKey()), file.lastModifiedTime(), file.size());
		}
		catch (IOException ex) {
			return ex.getClass();
		}
	}

	private Thread daemon(Runnable runnable) {
		Thread thread = new Thread(runnable, this.name + "-reload");
		thread.setDaemon(true);
		return thread;
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
