package org.scfcodes.apierror;

import org.scfcodes.data.FileStatus;

import org.springframework.stereotype.Component;

/**
 * The API error catalog as operators see it: its version and size in {@code /actuator/info}, and its health, which is
 * part of readiness.
 */
@Component("apiErrors")
class ApiErrorStatus extends FileStatus<ApiErrorCatalog> {

	ApiErrorStatus(ActiveApiErrors errors) {
		super(errors, "apiErrors", "codes", (catalog) -> catalog.all().size());
	}

}
