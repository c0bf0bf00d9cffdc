package org.scfcodes.equivalent;

import org.scfcodes.data.ReloadableFile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The equivalents on other platforms the service answers from ({@code scf-codes.equivalents.*}), reloaded when an external file changes.
 */
@Configuration(proxyBeanMethods = false)
public class EquivalentsConfiguration {

	/** Named as its health component and info key. */
	@Bean
	public ReloadableFile<Equivalents> equivalents(Environment environment, ResourceLoader resources) {
		return EquivalentsLoader.FILE.open(environment, resources);
	}

}
