package org.scfcodes.handler.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.scfcodes.handler.HandlerValidator;
import org.scfcodes.handler.PackageException;
import org.scfcodes.handler.UnknownValueException;
import org.scfcodes.handler.ValidationReport;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Problem;
import org.scfcodes.http.Problems;
import org.scfcodes.http.Representation;
import org.scfcodes.text.Printable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks whether a handler is right for its runtime, and optionally for its code package;
 * answers a request the validator cannot take (an unknown runtime, an unusable package)
 * as a problem.
 */
@RestController
@Tag(name = "handler", description = "Handler validation")
class HandlerController {

	/**
	 * The form's fields, as the rules' failures name them (the JSON body's rules, checked
	 * by hand).
	 */
	private static final MethodParameter VALIDATE_PACKAGE = new MethodParameter(
			ReflectionUtils.findMethod(HandlerController.class, "validatePackage", (Class<?>[]) null), -1);

	private final HandlerValidator validator;

	private final Answers answers;

	private final Validator rules;

	private final Problems problems;

	HandlerController(HandlerValidator validator, Answers answers, Validator rules, Problems problems) {
		this.validator = validator;
		this.answers = answers;
		this.rules = rules;
		this.problems = problems;
	}

	@PostMapping(path = "/handler/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "validateHandler", summary = "Check a handler for a runtime",
			description = "Says whether the handler is right for the runtime and function type; each finding has a "
					+ "stable rule id, a severity, a message in English and Chinese, a suggestion and the platform "
					+ "failure it would cause.")
	@ApiResponse(responseCode = "200", description = "The verdict, with findings and suggestions",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ValidationReport.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> validate(@Valid @RequestBody ValidationRequest request, Representation representation) {
		return this.answers.computed(
				this.validator.validate(request.runtime(), request.handler(), request.functionType(), null, null),
				representation);
	}

	@PostMapping(path = "/handler/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "validateHandler", summary = "Check a handler against its code package",
			description = "The same checks, plus the package: the entry file at the root, the function in it, the "
					+ "Java class and method, the Go binary, the bootstrap files. The zip is read in memory, never "
					+ "extracted, within the limits README.md states.")
	@ApiResponse(responseCode = "200", description = "The verdict, with findings and suggestions",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ValidationReport.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "413", description = "The upload, or the package unzipped, is larger than the limits",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "422",
			description = "The package is not a readable, safe zip (truncated, encrypted, a bomb, '../' names)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "503",
			description = "As many uploads as the service checks at once are being checked; "
					+ "send it again after Retry-After seconds",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> validatePackage(
			// an empty part is read as an empty field of the JSON body is (the parser
			// sees no part at all), and the
			// fields are checked by the same rules
			@Parameter(description = "A runtime identifier, any case", example = "Python3.9",
					schema = @Schema(minLength = 1, maxLength = 64, pattern = "\\S")) @RequestPart(
							required = false) @Nullable String runtime,
			@Parameter(description = "The handler as it would be configured", example = "index.main_handler",
					schema = @Schema(maxLength = 1024)) @RequestPart(required = false) @Nullable String handler,
			@Parameter(description = "event (default), web (HTTP; http is the same) or image",
					schema = @Schema(allowableValues = { "event", "web", "http", "image" })) @RequestPart(
							required = false) @Nullable String functionType,
			@Parameter(
					description = "The code package: a zip, or a jar for Java") @RequestPart("package") MultipartFile codePackage,
			Representation representation, HttpServletRequest form)
			throws IOException, ServletException, MethodArgumentNotValidException {
		ValidationRequest request = new ValidationRequest(field(runtime, "runtime", form),
				field(handler, "handler", form), functionType);
		BindingResult errors = new BeanPropertyBindingResult(request, "validationRequest");
		this.rules.validate(request, errors);
		if (errors.hasErrors()) {
			throw new MethodArgumentNotValidException(VALIDATE_PACKAGE, errors);
		}
		return this.answers.computed(this.validator.validate(request.runtime(), request.handler(),
				request.functionType(), codePackage.getBytes(), codePackage.getOriginalFilename()), representation);
	}

	/**
	 * A text part as its field: empty when the part is there and empty, absent when there
	 * is no such part.
	 */
	private static @Nullable String field(@Nullable String value, String name, HttpServletRequest form)
			throws IOException, ServletException {
		return (value == null && form.getPart(name) != null) ? "" : value;
	}

	@ExceptionHandler
	ResponseEntity<Object> unknownValue(UnknownValueException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String type = ex.field().equals("runtime") ? "unknown-runtime" : "unknown-function-type";
		return this.problems.answer(Problem.of(HttpStatus.BAD_REQUEST, type, Printable.of(ex.value()), ex.accepted())
			.with("accepted", ex.accepted()), request, response);
	}

	@ExceptionHandler
	ResponseEntity<Object> unusablePackage(PackageException ex, HttpServletRequest request,
			HttpServletResponse response) {
		Problem problem = Problem.variant(
				ex.kind().overLimit() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT, ex.kind().id(),
				ex.variant(), ex.arguments());
		return this.problems.answer((ex.limit() != null) ? problem.with("limit", ex.limit()) : problem, request,
				response);
	}

}
