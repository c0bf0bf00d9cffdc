package org.scfcodes.lookup.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.http.Answers;
import org.scfcodes.http.LookupCounter;
import org.scfcodes.http.Parameters;
import org.scfcodes.http.Problem;
import org.scfcodes.http.Representation;
import org.scfcodes.text.Language;
import org.scfcodes.text.Text;

import org.springframework.context.MessageSource;
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
 * Looks up status codes by number, by name or by words, as JSON or as text in the
 * request's language.
 */
@RestController
@RequestMapping("/codes")
@Tag(name = "codes", description = "SCF invocation status codes")
class CodesController {

	private static final int SUGGESTIONS = 3;

	/**
	 * A status: any one segment but those of the other operations under /codes, so that,
	 * say, a text request for the Grafana mappings (which are JSON only) is a 406, not a
	 * status that is not a number.
	 */
	private static final String STATUS = "/{status:(?!decode$|grafana-value-mappings$).+}";

	private final ReloadableFile<CodeCatalog> catalog;

	private final Answers answers;

	private final LookupCounter lookups;

	private final ReloadableFile<ApiErrorCatalog> apiErrors;

	private final ReloadableFile<Equivalents> equivalents;

	private final MessageSource messages;

	CodesController(ReloadableFile<CodeCatalog> catalog, Answers answers, LookupCounter lookups,
			ReloadableFile<ApiErrorCatalog> apiErrors, ReloadableFile<Equivalents> equivalents,
			MessageSource messages) {
		this.messages = messages;
		this.catalog = catalog;
		this.answers = answers;
		this.lookups = lookups;
		this.apiErrors = apiErrors;
		this.equivalents = equivalents;
	}

	@GetMapping(path = STATUS, produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "getCode", summary = "Everything known about one status code",
			description = "JSON by default; text for a terminal with Accept: text/plain or ?format=text, in the "
					+ "language of Accept-Language or ?lang=. Answers carry an ETag derived from the catalog version.")
	@ApiResponse(responseCode = "200", description = "The code",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "303",
			description = "A browser (Accept naming text/html first, no format) is sent to the page for the code; "
					+ "several codes asked for as JSON are sent to `/codes?status=`")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	@ApiResponse(responseCode = "400",
			description = "Not a number, or outside 100–599; names the code when a name was given",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "404", description = "No such code; `nearest` lists the closest known codes",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> one(
			@Parameter(description = "The status code, from 100 to 599; or several, comma-separated (at most "
					+ CodeSelection.LIMIT + "), which a terminal gets as text, each answered or refused, and any "
					+ "other client finds at `/codes?status=`",
					schema = @Schema(type = "string", example = "433",
							pattern = "^[1-5][0-9]{2}(,[1-5][0-9]{2}){0,9}$")) @PathVariable String status,
			@Parameter(
					description = "More to add to the short answer, comma-separated: `official` (every official text "
							+ "with its revision), `retry` (the retry pages' rules, quoted), `details` (causes, numbers, "
							+ "messages, notes), `equivalents` (what the status is called on other platforms), or `all`",
					example = "all",
					schema = @Schema(
							pattern = "^(official|retry|details|equivalents|all)(,(official|retry|details|equivalents|all))*$")) @RequestParam(
									required = false) @Nullable String include,
			Representation representation, WebRequest request) {
		Set<Parts> parts = Parts.of(include);
		CodeCatalog catalog = this.catalog.current();
		if (status.indexOf(',') >= 0) {
			return several(status, parts, catalog, representation, request);
		}
		int number = StatusParameter.parse(status, catalog);
		if (representation.page()) {
			return this.answers.page("/?code=" + number, request);
		}
		StatusCode code = catalog.find(number).orElse(null);
		this.lookups.count(LookupCounter.Kind.STATUS, String.valueOf(number), code != null);
		if (code == null) {
			throw Problem.of(HttpStatus.NOT_FOUND, "unknown-code", String.valueOf(number), catalog.version())
				.with("nearest", catalog.nearest(number, SUGGESTIONS));
		}
		Equivalents equivalents = parts.contains(Parts.EQUIVALENTS) ? this.equivalents.current() : null;
		// with the equivalents the answer changes with either file, and so does its ETag
		String version = (equivalents != null) ? catalog.version() + "+" + equivalents.version() : catalog.version();
		return this.answers.versioned(version, "code:" + number + ":" + Parts.key(parts), representation, request,
				() -> {
					StatusEquivalents found = (equivalents != null) ? equivalents.of(code.status(), code.name()) : null;
					return representation.text() ? new CodeTextAnswer(catalog.version(), code, parts, found)
							: CodeAnswer.of(catalog.version(), code, parts, retryInBrief(code), found);
				});
	}

	/**
	 * Several codes on the path ({@code /codes/433,434}): the text a terminal reads, the
	 * same as {@code /codes?status=433,434}; anything else is sent there, where the JSON
	 * answer has its own shape.
	 */
	private ResponseEntity<byte[]> several(String status, Set<Parts> parts, CodeCatalog catalog,
			Representation representation, WebRequest request) {
		List<String> items = CodeSelection.items(List.of(status));
		if (!parts.isEmpty()) {
			throw Problem.variant(HttpStatus.BAD_REQUEST, "conflicting-parameters", "include-several");
		}
		if (!representation.text() || representation.page()) {
			return this.answers.seeOther("/codes?status=" + items.stream()
				.map((item) -> URLEncoder.encode(item, StandardCharsets.UTF_8))
				.collect(Collectors.joining(",")), request);
		}
		return selection(items, catalog, representation, request);
	}

	private ResponseEntity<byte[]> selection(List<String> items, CodeCatalog catalog, Representation representation,
			WebRequest request) {
		items.stream()
			.filter(CodeSelection::isStatus)
			.map(Integer::valueOf)
			.distinct()
			.forEach((number) -> this.lookups.count(LookupCounter.Kind.STATUS, String.valueOf(number),
					catalog.find(number).isPresent()));
		return this.answers.versioned(catalog.version(), "status:" + String.join(",", items), representation, request,
				() -> CodeSelection.of(catalog, items));
	}

	/**
	 * The retry behaviour in one sentence, in both languages, from the message bundles.
	 */
	private Text retryInBrief(StatusCode code) {
		return new Text(RetryBrief.of(code.retry(), (key) -> this.messages.getMessage(key, null, Language.EN.locale())),
				RetryBrief.of(code.retry(), (key) -> this.messages.getMessage(key, null, Language.ZH.locale())));
	}

	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "findCodes",
			summary = "The whole catalog, the codes with a name, or the codes that match words",
			description = "Without parameters: every code. With `name`: the codes whose name or alias is that name, "
					+ "ignoring case and surrounding spaces, and in `apiErrors` the API error code spelt so. With `q`: "
					+ "the codes in which every word appears, in English or Chinese, best matches first, and in "
					+ "`apiErrors` the API error codes that match.")
	@ApiResponse(responseCode = "200", description = "The codes found, best first",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = CodeList.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> list(@Parameter(description = "A status name; not with q", example = "InvalidParameterValue",
			schema = @Schema(minLength = 1, pattern = "\\S")) @RequestParam(required = false) @Nullable String name,
			@Parameter(description = "Words to search for; not with name", example = "memory",
					schema = @Schema(minLength = 1, pattern = "\\S")) @RequestParam(
							required = false) @Nullable String q,
			@Parameter(description = "Status codes or names to answer together, each answered or refused, in the "
					+ "order given: repeated (`status=433&status=434`) or comma-separated (`status=433,434`); at most "
					+ CodeSelection.LIMIT + "; not with name or q",
					array = @ArraySchema(maxItems = CodeSelection.LIMIT,
							schema = @Schema(minLength = 1, pattern = "\\S"))) @RequestParam(
									required = false) @Nullable List<String> status,
			Representation representation, WebRequest request) {
		CodeCatalog catalog = this.catalog.current();
		ApiErrorCatalog errors = this.apiErrors.current();
		Parameters.notBoth("name", name, "q", q);
		Parameters.notBoth("status", status, "name", name);
		Parameters.notBoth("status", status, "q", q);
		if (status != null) {
			return selection(CodeSelection.items(status), catalog, representation, request);
		}
		if (name != null) {
			Parameters.notBlank(name, "name");
			// a name or words answer from both catalogs: its ETag changes with either
			return this.answers.versioned(catalog.version() + "+" + errors.version(), "name:" + name, representation,
					request, () -> {
						List<StatusCode> codes = catalog.findByName(name);
						return new CodeList(catalog.version(), name, codes,
								codes.isEmpty() ? catalog.similarNames(name, SUGGESTIONS) : List.of())
							.withApiErrors(errors.find(name).stream().toList(), errors.version());
					});
		}
		if (q != null) {
			Parameters.notBlank(q, "q");
			return this.answers.versioned(catalog.version() + "+" + errors.version(), "q:" + q, representation, request,
					() -> new CodeList(catalog.version(), q, catalog.search(q), List.of())
						.withApiErrors(errors.search(q), errors.version()));
		}
		return this.answers.versioned(catalog.version(), "all", representation, request,
				() -> new CodeList(catalog.version(), null, catalog.all(), List.of()));
	}

}
