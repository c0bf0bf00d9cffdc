package org.scfcodes.apierror;

import org.scfcodes.data.ReloadableFile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The API error codes the service answers from ({@code scf-codes.api-errors.*}), reloaded when an external file changes.
 */
@Configuration(proxyBeanMethods = false)
public class ApiErrorConfiguration {

	/** Named as its health component and info key. */
	@Bean
	public ReloadableFile<ApiErrorCatalog> apiErrors(Environment environment, ResourceLoader resources) {
		return ApiErrorLoader.FILE.open(environment, resources);
	}

}
