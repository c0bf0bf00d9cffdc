package org.scfcodes.data;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Where a data file comes from, set by {@code scf-codes.<file>.location} and
 * {@code scf-codes.<file>.reload-interval}.
 *
 * @param location the file: the embedded one by default, or an external file such as
 * {@code file:/etc/scf-codes/status-codes.yaml}
 * @param reloadInterval how often an external file is checked for changes (10 s by
 * default); 0 turns reloading off
 */
public record DataFileSettings(Resource location, Duration reloadInterval) {

	static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

	/**
	 * The settings under {@code scf-codes.<prefix>}, the embedded file where no location
	 * is set.
	 */
	static DataFileSettings bind(Environment environment, ResourceLoader resources, String prefix, String embedded) {
		Binder binder = Binder.get(environment);
		String location = binder.bind("scf-codes." + prefix + ".location", String.class).orElse(embedded);
		Duration interval = binder.bind("scf-codes." + prefix + ".reload-interval", Duration.class)
			.orElse(DEFAULT_INTERVAL);
		return new DataFileSettings(resources.getResource(location), interval);
	}

}
