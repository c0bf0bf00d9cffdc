package org.scfcodes.apierror;

import org.scfcodes.data.ReloadableFile;

import org.springframework.stereotype.Component;

/**
 * The API error codes the service answers from, reloaded when an external file changes.
 */
@Component
public class ActiveApiErrors extends ReloadableFile<ApiErrorCatalog> {

	public ActiveApiErrors(ApiErrorProperties properties) {
		super("API errors", properties.location(), properties.reloadInterval(), ApiErrorLoader::load,
				ApiErrorCatalog::version);
	}

}
