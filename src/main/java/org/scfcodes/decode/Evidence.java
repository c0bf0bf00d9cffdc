package org.scfcodes.decode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which part of the text said a code, and where.
 */
@Schema(description = "The part of the text that names a code, and where it is")
public record Evidence(
		@Schema(description = "status-field, status-word (a status after errno, status or 返回), message or name for a "
				+ "status; sdk-error, sdk-exception, api-response, code-field or bare-code for an API error",
				example = "status-field") String kind,
		@Schema(description = "The text as found", example = "\"statusCode\":433") String text,
		@Schema(description = "1-based line", example = "1") int line,
		@Schema(description = "1-based column", example = "95") int column) {
}
