package org.scfcodes.equivalent;

import org.scfcodes.data.ReloadableFile;
import org.scfcodes.text.StatusNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The equivalents on other platforms the service answers from
 * ({@code scf-codes.equivalents.*}), reloaded when an external file changes, and again
 * when the status catalog does, whose names their statuses take.
 */
@Configuration(proxyBeanMethods = false)
public class EquivalentsConfiguration {

	/** Named as its health component and info key. */
	@Bean
	public ReloadableFile<Equivalents> equivalents(Environment environment, ResourceLoader resources,
			ReloadableFile<? extends StatusNames> catalog) {
		ReloadableFile<Equivalents> equivalents = EquivalentsLoader.file(catalog).open(environment, resources);
		equivalents.refersTo(catalog, (entries, names) -> entries.requireStatusesIn(names));
		return equivalents;
	}

}
