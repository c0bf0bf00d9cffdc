package org.scfcodes.data;

import org.springframework.boot.health.contributor.Health;

/**
 * The health of a reloadable data file, as readiness shows it: up with the version and size it serves, and the last
 * rejected reload, if any, with its time and reason.
 */
public final class FileHealth {

	private FileHealth() {
	}

	public static Health of(ReloadableFile<?> file, String version, int entries) {
		Health.Builder health = Health.up().withDetail("version", version).withDetail("codes", entries);
		ReloadableFile.Failure failure = file.lastFailure();
		if (failure != null) {
			health.withDetail("lastReload", "failed")
				.withDetail("lastReloadFailedAt", failure.at().toString())
				.withDetail("lastReloadError", failure.reason());
		}
		return health.build();
	}

}
