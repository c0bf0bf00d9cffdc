package org.scfcodes.data;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A kind of data file the service answers from: its name (in health, info, logs and, in
 * kebab case, its settings {@code scf-codes.<name>.*}), its embedded copy, what it counts
 * and how it is loaded.
 *
 * @param name the health component and info key, such as {@code apiErrors}
 * @param embedded the embedded file, such as {@code classpath:catalog/api-errors.yaml}
 * @param counted what the file holds a number of ({@code codes}, {@code entries})
 * @param loader reads and checks the file, throwing {@link DataFileException} when it
 * cannot be used
 * @param <T> the checked content of the file
 */
public record DataFile<T extends DataContent>(String name, String embedded, String counted,
		Function<Resource, T> loader) {

	/** The file as configured, reloaded when an external copy changes. */
	public ReloadableFile<T> open(Environment environment, ResourceLoader resources) {
		return new ReloadableFile<>(this,
				DataFileSettings.bind(environment, resources, settingsPrefix(), this.embedded));
	}

	/** The file at a location, not watched: for tools and tests. */
	public ReloadableFile<T> at(Resource location) {
		return new ReloadableFile<>(this, new DataFileSettings(location, Duration.ZERO));
	}

	private String settingsPrefix() {
		return this.name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

}
