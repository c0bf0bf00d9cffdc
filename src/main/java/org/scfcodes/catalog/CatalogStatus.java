package org.scfcodes.catalog;

import org.scfcodes.data.FileStatus;

import org.springframework.stereotype.Component;

/**
 * The catalog as operators see it: its version and size in {@code /actuator/info}, and its health, which is part of
 * readiness.
 */
@Component("catalog")
class CatalogStatus extends FileStatus<CodeCatalog> {

	CatalogStatus(ActiveCatalog catalogs) {
		super(catalogs, "catalog", "codes", (catalog) -> catalog.all().size());
	}

}
