package org.scfcodes.handler;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.CodeRef;

/**
 * How the platform would fail on an error: an API error at deploy time, or a status code
 * at invocation.
 */
@Schema(description = "The platform failure an error would cause")
public record PlatformFailure(@Schema(description = "deploy or invocation", example = "invocation") String stage,
		@Schema(description = "The API error at deploy time",
				example = "InvalidParameterValue.Handler") String apiError,
		@Schema(description = "The status code at invocation") CodeRef code,
		@Schema(description = "Where the status code or API error is explained", example = "/codes/437") String link) {

	static final String DEPLOY_ERROR = "InvalidParameterValue.Handler";

}
