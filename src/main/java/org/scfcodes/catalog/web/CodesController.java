package org.scfcodes.catalog.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.http.Parameters;
import org.scfcodes.http.Problem;
import org.scfcodes.http.VersionedAnswers;
import org.scfcodes.text.Language;

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
 * Looks up status codes by number, by name or by words, as JSON or as text in the request's language.
 */
@RestController
@RequestMapping("/codes")
@Tag(name = "codes", description = "SCF invocation status codes")
class CodesController {

	private static final int SUGGESTIONS = 3;

	private static final String EQUIVALENTS = "equivalents";

	/**
	 * A status: any one segment but those of the other operations under /codes, so that, say, a text request for the
	 * Grafana mappings (which are JSON only) is a 406, not a status that is not a number.
	 */
	private static final String STATUS = "/{status:(?!decode$|grafana-value-mappings$).+}";


	private final ReloadableFile<CodeCatalog> catalogs;

	private final VersionedAnswers answers;

	private final LookupCounter lookups;

	private final ReloadableFile<ApiErrorCatalog> apiErrors;

	private final ReloadableFile<Equivalents> equivalents;

	CodesController(ReloadableFile<CodeCatalog> catalogs, VersionedAnswers answers, LookupCounter lookups, ReloadableFile<ApiErrorCatalog> apiErrors,
			ReloadableFile<Equivalents> equivalents) {
		this.catalogs = catalogs;
		this.answers = answers;
		this.lookups = lookups;
		this.apiErrors = apiErrors;
		this.equivalents = equivalents;
	}

	@GetMapping(path = STATUS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getCode", summary = "Everything known about one status code",
			description = "JSON by default; text for a terminal with Accept: text/plain or ?format=text, in the "
					+ "language of Accept-Language or ?lang=. Answers carry an ETag derived from the catalog version.")
	@ApiResponse(responseCode = "200", description = "The code",
			content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	@ApiResponse(responseCode = "400", description = "Not a number, or outside 100–599; names the code when a name was given",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "404", description = "No such code; `nearest` lists the closest known codes",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<CodeAnswer> one(@Parameter(description = "The status code, from 100 to 599", example = "433",
			schema = @Schema(type = "integer", minimum = "100", maximum = "599")) @PathVariable String status,
			@Parameter(description = "More to add to the answer: `equivalents`, what the status is called on other "
					+ "platforms (the default answer and its ETag stay as they are without it)",
					schema = @Schema(allowableValues = EQUIVALENTS)) @RequestParam(required = false) String include,
			WebRequest request) {
		return one(status, include, VersionedAnswers.JSON, request);
	}

	@GetMapping(path = STATUS, produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(hidden = true) // documented with the JSON answer, as one operation
	ResponseEntity<CodeAnswer> oneAsText(@PathVariable String status, @RequestParam(required = false) String include,
			Locale locale, WebRequest request) {
		return one(status, include, VersionedAnswers.text(Language.of(locale)), request);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "findCodes", summary = "The whole catalog, the codes with a name, or the codes that match words",
			description = "Without parameters: every code. With `name`: the codes whose name or alias is that name, "
					+ "ignoring case and surrounding spaces, and in `apiErrors` the API error code spelt so. With `q`: "
					+ "the codes in which every word appears, in English or Chinese, best matches first, and in "
					+ "`apiErrors` the API error codes that match.")
	@ApiResponse(responseCode = "200", description = "The codes found, best first",
			content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CodeList.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<CodeList> list(
			@Parameter(description = "A status name", example = "InvalidParameterValue") @RequestParam(required = false) String name,
			@Parameter(description = "Words to search for", example = "memory") @RequestParam(required = false) String q,
			WebRequest request) {
		return list(name, q, VersionedAnswers.JSON, request);
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(hidden = true) // documented with the JSON answer, as one operation
	ResponseEntity<CodeList> listAsText(@RequestParam(required = false) String name,
			@RequestParam(required = false) String q, Locale locale, WebRequest request) {
		return list(name, q, VersionedAnswers.text(Language.of(locale)), request);
	}

	private ResponseEntity<CodeAnswer> one(String status, String include, String representation, WebRequest request) {
		boolean withEquivalents = included(include);
		CodeCatalog catalog = this.catalogs.current();
		int number = StatusParameter.parse(status, catalog);
		StatusCode code = catalog.find(number).orElse(null);
		this.lookups.count(number, code != null);
		if (code == null) {
			throw Problem.of(HttpStatus.NOT_FOUND, "unknown-code", "Unknown status code",
					"SCF has no status code " + number + " in catalog " + catalog.version() + ".")
				.with("nearest", catalog.nearest(number, SUGGESTIONS));
		}
		if (withEquivalents) {
			Equivalents equivalents = this.equivalents.current();
			// with the equivalents the answer changes with either file, and so does its ETag
			return this.answers.ok(
					new CodeAnswer(catalog.version(), code, equivalents.of(code.status(), code.name())),
					catalog.version() + "+" + equivalents.version(), representation, request);
		}
		return this.answers.ok(new CodeAnswer(catalog.version(), code), catalog.version(), representation, request);
	}

	private static boolean included(String include) {
		if (include == null) {
			return false;
		}
		if (!include.strip().equals(EQUIVALENTS)) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "unknown-include", "Unknown addition",
					"'include' names what to add to the answer; the service can add: " + EQUIVALENTS + ".")
				.with("known", List.of(EQUIVALENTS));
		}
		return true;
	}

	private ResponseEntity<CodeList> list(String name, String q, String representation, WebRequest request) {
		CodeCatalog catalog = this.catalogs.current();
		ApiErrorCatalog errors = this.apiErrors.current();
		CodeList answer;
		Parameters.notBoth("name", "an exact name", name, "q", "words to search for", q);
		if (name != null) {
			List<StatusCode> codes = catalog.findByName(Parameters.notBlank(name, "name"));
			answer = new CodeList(catalog.version(), name, codes,
					codes.isEmpty() ? catalog.similarNames(name, SUGGESTIONS) : List.of())
				.withApiErrors(errors.find(name).stream().toList(), errors.version());
		}
		else if (q != null) {
			answer = new CodeList(catalog.version(), q, catalog.search(Parameters.notBlank(q, "q")), List.of())
				.withApiErrors(errors.search(q), errors.version());
		}
		else {
			return this.answers.ok(new CodeList(catalog.version(), null, catalog.all(), List.of()), catalog.version(),
					representation, request);
		}
		// a name or words answer from both catalogs: its ETag changes with either
		return this.answers.ok(answer, catalog.version() + "+" + errors.version(), representation, request);
	}

}
