package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Watches an external catalog file (a Kubernetes ConfigMap, say) and reloads the catalog when the file changes.
 * The embedded catalog never changes and is not watched.
 */
@Component
class CatalogReloader implements DisposableBean {

	private final ActiveCatalog catalogs;

	private final CatalogMetrics metrics;

	private final ScheduledExecutorService executor;

	private Object lastStamp;

	CatalogReloader(ActiveCatalog catalogs, CatalogMetrics metrics, CatalogProperties properties) {
		this.catalogs = catalogs;
		this.metrics = metrics;
		boolean external = !(catalogs.location() instanceof ClassPathResource) && catalogs.location().isFile();
		this.executor = (external && !properties.reloadInterval().isZero())
				? Executors.newSingleThreadScheduledExecutor(CatalogReloader::daemon) : null;
		if (this.executor != null) {
			stamp();
			long interval = properties.reloadInterval().toMillis();
			this.executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	/** Reloads when the file (its identity, modification time or size) changed since the last look. */
	void check() {
		Object previous = this.lastStamp;
		stamp();
		if (!Objects.equals(previous, this.lastStamp)) {
			this.metrics.reloaded(this.catalogs.reload());
		}
	}

	private void stamp() {
		try {
			BasicFileAttributes file = Files.readAttributes(this.catalogs.location().getFile().toPath(),
					BasicFileAttributes.class);
			this.lastStamp = List.of(String.valueOf(file.fileKey()), file.lastModifiedTime(), file.size());
		}
		catch (IOException ex) {
			this.lastStamp = ex.getClass();
		}
	}

	private static Thread daemon(Runnable runnable) {
		Thread thread = new Thread(runnable, "catalog-reload");
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void destroy() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

}
