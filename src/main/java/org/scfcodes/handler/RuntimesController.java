package org.scfcodes.handler;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.web.CatalogAnswers;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Lists the runtimes the handler validator knows.
 */
@RestController
@Tag(name = "handler")
class RuntimesController {

	private final HandlerValidator validator;

	private final CatalogAnswers answers;

	RuntimesController(HandlerValidator validator, CatalogAnswers answers) {
		this.validator = validator;
		this.answers = answers;
	}

	@GetMapping(path = "/runtimes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The runtimes SCF accepts, with the handler form each expects")
	ResponseEntity<RuntimeList> runtimes(NativeWebRequest request) {
		Runtimes runtimes = this.validator.runtimes();
		return this.answers.ok(new RuntimeList(runtimes.all()), runtimes.version(), request);
	}

	/** The runtimes, in the order of the runtimes file. */
	record RuntimeList(List<Runtime> runtimes) {
	}

}
