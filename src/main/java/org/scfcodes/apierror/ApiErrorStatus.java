package org.scfcodes.apierror;

import java.util.Map;

import org.scfcodes.data.FileHealth;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The API error catalog as operators see it: its version and size in {@code /actuator/info}, and its health, which is
 * part of readiness.
 */
@Component("apiErrors")
class ApiErrorStatus implements HealthIndicator, InfoContributor {

	private final ActiveApiErrors errors;

	ApiErrorStatus(ActiveApiErrors errors) {
		this.errors = errors;
	}

	@Override
	public Health health() {
		ApiErrorCatalog catalog = this.errors.current();
		return FileHealth.of(this.errors, catalog.version(), catalog.all().size());
	}

	@Override
	public void contribute(Info.Builder builder) {
		ApiErrorCatalog catalog = this.errors.current();
		builder.withDetail("apiErrors", Map.of("version", catalog.version(), "codes", catalog.all().size()));
	}

}
