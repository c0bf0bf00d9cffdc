package org.scfcodes.apierror;

import org.scfcodes.data.ReloadableFile;
import org.scfcodes.text.StatusNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * The API error codes the service answers from ({@code scf-codes.api-errors.*}), reloaded
 * when an external file changes, and again when the status catalog does, whose names
 * their statuses take.
 */
@Configuration(proxyBeanMethods = false)
public class ApiErrorConfiguration {

	/** Named as its health component and info key. */
	@Bean
	public ReloadableFile<ApiErrorCatalog> apiErrors(Environment environment, ResourceLoader resources,
			ReloadableFile<? extends StatusNames> catalog) {
		ReloadableFile<ApiErrorCatalog> apiErrors = ApiErrorLoader.file(catalog).open(environment, resources);
		apiErrors.refersTo(catalog, (errors, names) -> errors.requireStatusesIn(names));
		return apiErrors;
	}

}
