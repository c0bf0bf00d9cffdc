package org.scfcodes.catalog;

import java.util.Map;

import org.scfcodes.data.FileHealth;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The catalog as operators see it: its version and size in {@code /actuator/info}, and its health, which is part of
 * readiness.
 */
@Component("catalog")
class CatalogStatus implements HealthIndicator, InfoContributor {

	private final ActiveCatalog catalogs;

	CatalogStatus(ActiveCatalog catalogs) {
		this.catalogs = catalogs;
	}

	@Override
	public Health health() {
		CodeCatalog catalog = this.catalogs.current();
		return FileHealth.of(this.catalogs, catalog.version(), catalog.all().size());
	}

	@Override
	public void contribute(Info.Builder builder) {
		CodeCatalog catalog = this.catalogs.current();
		builder.withDetail("catalog", Map.of("version", catalog.version(), "codes", catalog.all().size()));
	}

}
