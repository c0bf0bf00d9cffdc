package org.scfcodes.data;

import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A reloadable data file as operators see it: its version and size in {@code /actuator/info}, and its health, part of
 * readiness: up with the version and size it serves, and the last rejected reload, if any, with its time and reason.
 *
 * @param <T> the checked content of the file
 */
public abstract class FileStatus<T> implements HealthIndicator, InfoContributor {

	private final ReloadableFile<T> file;

	private final String name;

	private final String counted;

	private final ToIntFunction<T> count;

	/**
	 * @param name the file's key in {@code /actuator/info}
	 * @param counted what the file holds a number of ({@code codes}, {@code entries})
	 * @param count that number, in a loaded content
	 */
	protected FileStatus(ReloadableFile<T> file, String name, String counted, ToIntFunction<T> count) {
		this.file = file;
		this.name = name;
		this.counted = counted;
		this.count = count;
	}

	@Override
	public Health health() {
		T content = this.file.current();
		Health.Builder health = Health.up()
			.withDetail("version", this.file.version(content))
			.withDetail(this.counted, this.count.applyAsInt(content));
		ReloadableFile.Failure failure = this.file.lastFailure();
		if (failure != null) {
			health.withDetail("lastReload", "failed")
				.withDetail("lastReloadFailedAt", failure.at().toString())
				.withDetail("lastReloadError", failure.reason());
		}
		return health.build();
	}

	@Override
	public void contribute(Info.Builder builder) {
		T content = this.file.current();
		builder.withDetail(this.name,
				Map.of("version", this.file.version(content), this.counted, this.count.applyAsInt(content)));
	}

}
