package org.scfcodes.catalog;

import org.scfcodes.data.ReloadableFile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The status-code catalog the service answers from ({@code scf-codes.catalog.*}),
 * reloaded when an external file changes.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

	/** Named as its health component and info key. */
	@Bean
	public ReloadableFile<CodeCatalog> catalog(Environment environment, ResourceLoader resources) {
		return CatalogLoader.FILE.open(environment, resources);
	}

}
