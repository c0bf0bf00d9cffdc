package org.scfcodes.catalog;

import org.scfcodes.data.ReloadableFile;

import org.springframework.stereotype.Component;

/**
 * The status-code catalog the service answers from, reloaded when an external catalog file changes.
 */
@Component
public class ActiveCatalog extends ReloadableFile<CodeCatalog> {

	public ActiveCatalog(CatalogProperties properties) {
		super("Catalog", properties.location(), properties.reloadInterval(), CatalogLoader::load, CodeCatalog::version);
	}

}
