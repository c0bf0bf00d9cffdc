package org.scfcodes.catalog;

import org.springframework.stereotype.Component;

/**
 * The catalog the service answers from. Each request reads it once, so it always sees one whole catalog.
 */
@Component
public class ActiveCatalog {

	private volatile CodeCatalog catalog;

	public ActiveCatalog(CatalogProperties properties) {
		this.catalog = CatalogLoader.load(properties.location());
	}

	public CodeCatalog current() {
		return this.catalog;
	}

}
