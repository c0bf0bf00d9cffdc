package org.scfcodes.catalog;

import java.time.Instant;

import org.scfcodes.data.DataFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The catalog the service answers from. It is replaced whole when a reload succeeds, so a request that reads it
 * once always sees one whole catalog; a reload that fails leaves the previous catalog serving.
 */
@Component
public class ActiveCatalog {

	private static final Logger logger = LoggerFactory.getLogger(ActiveCatalog.class);

	private final Resource location;

	private volatile CodeCatalog catalog;

	private volatile ReloadFailure lastFailure;

	public ActiveCatalog(CatalogProperties properties) {
		this.location = properties.location();
		this.catalog = CatalogLoader.load(this.location);
	}

	public CodeCatalog current() {
		return this.catalog;
	}

	/** The last reload that failed since the last one that succeeded, or {@code null}. */
	public ReloadFailure lastFailure() {
		return this.lastFailure;
	}

	Resource location() {
		return this.location;
	}

	/** Loads the catalog file again; switches to it if it loads, keeps the current one if it does not. */
	synchronized boolean reload() {
		try {
			CodeCatalog loaded = CatalogLoader.load(this.location);
			if (!loaded.version().equals(this.catalog.version())) {
				logger.info("Catalog reloaded: version {} with {} codes (was {})", loaded.version(),
						loaded.all().size(), this.catalog.version());
				this.catalog = loaded;
			}
			this.lastFailure = null;
			return true;
		}
		catch (DataFileException ex) {
			logger.warn("Catalog reload rejected, still serving {}: {}", this.catalog.version(), ex.getMessage());
			this.lastFailure = new ReloadFailure(Instant.now(), ex.getMessage());
			return false;
		}
	}

	/** A reload that was rejected, and why. */
	public record ReloadFailure(Instant at, String reason) {
	}

}
