package org.scfcodes.handler.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A handler to check, for a runtime and a function type.
 */
@Schema(description = "A handler to check")
record ValidationRequest(
		@Schema(description = "A runtime identifier, any case", example = "Python3.9", maxLength = 64,
				pattern = "\\S") @NotBlank @CodePointLength(max = 64) String runtime,
		@Schema(description = "The handler as it would be configured", example = "index.main_handler",
				maxLength = 1024) @NotNull @CodePointLength(max = 1024) String handler,
		@Schema(description = "event (default), web (HTTP; http is the same) or image", example = "event",
				allowableValues = {
						"event", "web", "http", "image" }) @CodePointLength(max = 16) String functionType){
}
