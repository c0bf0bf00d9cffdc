package org.scfcodes.handler;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks whether a handler is right for its runtime, and optionally for its code package.
 */
@RestController
@Tag(name = "handler", description = "Handler validation")
class HandlerController {

	private final HandlerValidator validator;

	HandlerController(HandlerValidator validator) {
		this.validator = validator;
	}

	@PostMapping(path = "/handler/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Check a handler for a runtime",
			description = "Says whether the handler is right for the runtime and function type; each finding has a "
					+ "stable rule id, a severity, a message in English and Chinese, a suggestion and the platform "
					+ "failure it would cause.")
	ValidationReport validate(@Valid @RequestBody ValidationRequest request) {
		return this.validator.validate(request.runtime(), request.handler(), request.functionType(), null, null);
	}

	@PostMapping(path = "/handler/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Check a handler against its code package",
			description = "The same checks, plus the package: the entry file at the root, the function in it, the "
					+ "Java class and method, the Go binary, the bootstrap files. The zip is read in memory, never "
					+ "extracted, within the limits README.md states.")
	ValidationReport validatePackage(@Parameter(example = "Python3.9") @RequestParam String runtime,
			@Parameter(example = "index.main_handler") @RequestParam String handler,
			@Parameter(description = "event (default), web or image") @RequestParam(required = false) String functionType,
			@Parameter(description = "The code package: a zip, or a jar for Java") @RequestPart("package") MultipartFile codePackage)
			throws IOException {
		return this.validator.validate(runtime, handler, functionType, codePackage.getBytes(),
				codePackage.getOriginalFilename());
	}

}
