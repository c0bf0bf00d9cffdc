package org.scfcodes.catalog;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import org.scfcodes.data.ReloadableFile;

import org.springframework.stereotype.Component;

/**
 * The catalog in metrics: the version served, when it was loaded, and the reloads that
 * were rejected, so that an alert sees a pod left on an older catalog or a catalog file
 * it cannot load.
 */
@Component
class CatalogMetrics {

	private final ReloadableFile<CodeCatalog> catalog;

	private final MultiGauge version;

	private final Counter failures;

	private CodeCatalog shown;

	private volatile long loadedAtMillis;

	CatalogMetrics(ReloadableFile<CodeCatalog> catalog, MeterRegistry meters) {
		this.catalog = catalog;
		this.version = MultiGauge.builder("scf.codes.catalog.info")
			.description("The catalog served, by version (always 1)")
			.register(meters);
		this.failures = Counter.builder("scf.codes.catalog.reload.failures")
			.description("Catalog files rejected on reload; the previous catalog kept serving")
			.register(meters);
		TimeGauge
			.builder("scf.codes.catalog.loaded.timestamp", this, TimeUnit.MILLISECONDS,
					(metrics) -> metrics.loadedAtMillis)
			.description("When the catalog served was loaded, in seconds since the epoch")
			.register(meters);
		// A counter alone cannot say whether the file is still broken: a rejected file is
		// read once, not on every check
		Gauge.builder("scf.codes.catalog.reload.failing", catalog, (active) -> (active.lastFailure() != null) ? 1 : 0)
			.description("1 while the last reload was rejected, 0 once a reload succeeds")
			.register(meters);
		show(catalog.current());
		catalog.onReload(this::reloaded);
	}

	/**
	 * Records a reload: a rejected file is counted, a new catalog shown by its version.
	 */
	private synchronized void reloaded(boolean loaded) {
		if (!loaded) {
			this.failures.increment();
		}
		show(this.catalog.current());
	}

	private synchronized void show(CodeCatalog catalog) {
		if (catalog != this.shown) {
			this.shown = catalog;
			this.loadedAtMillis = System.currentTimeMillis();
			this.version.register(List.of(MultiGauge.Row.of(Tags.of("version", catalog.version()), 1)), true);
		}
	}

}
