package org.scfcodes.apierror.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.Answers;
import org.scfcodes.http.LookupCounter;
import org.scfcodes.http.Parameters;
import org.scfcodes.http.Problem;
import org.scfcodes.http.Representation;
import org.scfcodes.text.Printable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Looks up SCF API error codes by code, by class or by words, as JSON or as text in the
 * request's language.
 */
@RestController
@RequestMapping("/api-errors")
@Tag(name = "api-errors", description = "SCF API 3.0 error codes")
class ApiErrorsController {

	private static final int SUGGESTIONS = 3;

	private final ReloadableFile<ApiErrorCatalog> errors;

	private final Answers answers;

	private final LookupCounter lookups;

	ApiErrorsController(ReloadableFile<ApiErrorCatalog> errors, Answers answers, LookupCounter lookups) {
		this.errors = errors;
		this.answers = answers;
		this.lookups = lookups;
	}

	@GetMapping(path = "/{code}", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "getApiError", summary = "Everything known about one SCF API error code",
			description = "The code in any case (the answer spells it as the SDKs do). JSON by default; text with "
					+ "Accept: text/plain or ?format=text, in the language of Accept-Language or ?lang=.")
	@ApiResponse(responseCode = "200", description = "The API error code",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ApiErrorAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "303",
			description = "A browser (Accept naming text/html first, no format) is sent to the page for the code")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	@ApiResponse(responseCode = "404", description = "No such code; `nearest` lists the closest known codes",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> one(
			@Parameter(description = "The code, any case",
					example = "ResourceNotFound.Function") @PathVariable String code,
			Representation representation, WebRequest request) {
		if (representation.page()) {
			return this.answers.page("/?api-error=" + URLEncoder.encode(code, StandardCharsets.UTF_8), request);
		}
		ApiErrorCatalog catalog = this.errors.current();
		ApiError error = catalog.find(code).orElse(null);
		this.lookups.count(LookupCounter.Kind.API_ERROR, (error != null) ? error.code() : "unknown", error != null);
		if (error == null) {
			Problem unknown = Problem
				.of(HttpStatus.NOT_FOUND, "unknown-api-error", Printable.of(code), catalog.version())
				.with("nearest", catalog.nearest(code, SUGGESTIONS));
			// a code older SDK releases listed is named so, with the last releases that
			// did
			throw catalog.retired(code).map((retired) -> unknown.with("retired", retired)).orElse(unknown);
		}
		return this.answers.versioned(catalog.version(), "api-error:" + error.code(), representation, request,
				() -> ApiErrorAnswer.of(catalog, error));
	}

	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "findApiErrors",
			summary = "Every API error code, the codes of a class, or the codes that match words",
			description = "Without parameters: every code. With `class`: the codes of that class (the part before "
					+ "the first dot), any case. With `q`: the codes in which every word appears, in the code or the "
					+ "English or Chinese description or remedy, best matches first.")
	@ApiResponse(responseCode = "200", description = "The codes found",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ApiErrorList.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> list(
			@Parameter(description = "A class; not with q", example = "FailedOperation",
					schema = @Schema(minLength = 1, pattern = "\\S")) @RequestParam(name = "class",
							required = false) @Nullable String errorClass,
			@Parameter(description = "Words to search for; not with class", example = "handler",
					schema = @Schema(minLength = 1, pattern = "\\S")) @RequestParam(
							required = false) @Nullable String q,
			Representation representation, WebRequest request) {
		ApiErrorCatalog catalog = this.errors.current();
		Parameters.notBoth("class", errorClass, "q", q);
		if (errorClass != null) {
			Parameters.notBlank(errorClass, "class");
			return this.answers.versioned(catalog.version(), "api-error-class:" + errorClass, representation, request,
					() -> {
						List<ApiError> found = catalog.ofClass(errorClass);
						return new ApiErrorList(catalog.version(), errorClass, found,
								found.isEmpty() ? catalog.nearest(errorClass, SUGGESTIONS) : List.of());
					});
		}
		if (q != null) {
			Parameters.notBlank(q, "q");
			return this.answers.versioned(catalog.version(), "api-error-q:" + q, representation, request,
					() -> new ApiErrorList(catalog.version(), q, catalog.search(q), List.of()));
		}
		return this.answers.versioned(catalog.version(), "api-errors", representation, request,
				() -> new ApiErrorList(catalog.version(), null, catalog.all(), List.of()));
	}

}
