package org.scfcodes.catalog;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.web.CatalogAnswers;
import org.scfcodes.web.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Looks up status codes by number, by name or by words.
 */
@RestController
@RequestMapping(path = "/codes", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
@Tag(name = "codes", description = "SCF invocation status codes")
class CodesController {

	private static final int SUGGESTIONS = 3;

	private final ActiveCatalog catalogs;

	private final CatalogAnswers answers;

	private final MeterRegistry meters;

	CodesController(ActiveCatalog catalogs, CatalogAnswers answers, MeterRegistry meters) {
		this.catalogs = catalogs;
		this.answers = answers;
		this.meters = meters;
	}

	@GetMapping("/{status}")
	@Operation(summary = "Everything known about one status code")
	ResponseEntity<CodeAnswer> one(@Parameter(description = "The status code", example = "433") @PathVariable String status,
			NativeWebRequest request) {
		CodeCatalog catalog = this.catalogs.current();
		int number = StatusParameter.parse(status, catalog);
		StatusCode code = catalog.find(number).orElse(null);
		count(String.valueOf(number), code != null);
		if (code == null) {
			throw Problem.of(HttpStatus.NOT_FOUND, "unknown-code", "Unknown status code",
					"SCF has no status code " + number + " in catalog " + catalog.version() + ".")
				.with("nearest", catalog.nearest(number, SUGGESTIONS));
		}
		return this.answers.ok(new CodeAnswer(catalog.version(), code), catalog.version(), request);
	}

	@GetMapping
	@Operation(summary = "The whole catalog, the codes with a name, or the codes that match words",
			description = "Without parameters: every code. With `name`: the codes whose name or alias is that name, "
					+ "ignoring case and surrounding spaces. With `q`: the codes in which every word appears, "
					+ "in English or Chinese, best matches first.")
	ResponseEntity<CodeList> list(
			@Parameter(description = "A status name", example = "InvalidParameterValue") @RequestParam(required = false) String name,
			@Parameter(description = "Words to search for", example = "memory") @RequestParam(required = false) String q,
			NativeWebRequest request) {
		CodeCatalog catalog = this.catalogs.current();
		if (name != null && q != null) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "conflicting-parameters", "Conflicting parameters",
					"Give either 'name' (an exact name) or 'q' (words to search for), not both.");
		}
		CodeList list;
		if (name != null) {
			List<StatusCode> codes = catalog.findByName(required(name, "name"));
			list = new CodeList(catalog.version(), name, codes,
					codes.isEmpty() ? catalog.similarNames(name, SUGGESTIONS) : List.of());
		}
		else if (q != null) {
			List<StatusCode> codes = catalog.search(required(q, "q"));
			list = new CodeList(catalog.version(), q, codes, List.of());
		}
		else {
			list = new CodeList(catalog.version(), null, catalog.all(), List.of());
		}
		return this.answers.ok(list, catalog.version(), request);
	}

	private static String required(String value, String parameter) {
		if (value.isBlank()) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "empty-parameter", "Empty parameter",
					"The parameter '" + parameter + "' must not be empty.");
		}
		return value;
	}

	private void count(String status, boolean found) {
		Counter.builder("scf.codes.lookups")
			.description("Status-code lookups by code and outcome")
			.tag("status", status)
			.tag("outcome", found ? "found" : "not-found")
			.register(this.meters)
			.increment();
	}

}
