package org.scfcodes.handler.web;

import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.handler.HandlerValidator;
import org.scfcodes.handler.Runtime;
import org.scfcodes.handler.Runtimes;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Representation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Lists the runtimes the handler validator knows.
 */
@RestController
@Tag(name = "handler")
class RuntimesController {

	private final HandlerValidator validator;

	private final Answers answers;

	RuntimesController(HandlerValidator validator, Answers answers) {
		this.validator = validator;
		this.answers = answers;
	}

	@GetMapping(path = "/runtimes", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "listRuntimes", summary = "The runtimes SCF accepts, with the handler form each expects",
			description = "Identifiers, older aliases (matched ignoring case), the handler form, the entry file's "
					+ "suffix, an example handler, and whether the runtime is being retired or its identifier inferred.")
	@ApiResponse(responseCode = "200", description = "The runtimes",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = RuntimeList.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> runtimes(Representation representation, WebRequest request) {
		Runtimes runtimes = this.validator.runtimes();
		return this.answers.versioned(runtimes.version(), "runtimes", representation, request,
				() -> new RuntimeList(runtimes.all()));
	}

	/** The runtimes, in the order of the runtimes file. */
	@Schema(description = "The runtimes the validator knows")
	record RuntimeList(List<Runtime> runtimes) implements PlainText {

		/**
		 * One line a runtime: its identifier, an example handler, and what is said of it.
		 */
		@Override
		public String toPlainText(Labels labels) {
			StringBuilder out = new StringBuilder();
			for (Runtime runtime : this.runtimes) {
				String handler = (runtime.exampleHandler() != null) ? runtime.exampleHandler()
						: labels.get("runtime.no-example");
				String line = String.format("%-18s %s", runtime.id(), handler);
				if (runtime.deprecated()) {
					line = line + "  " + labels.get("runtime.deprecated");
				}
				if (runtime.inferred()) {
					line = line + "  " + labels.get("runtime.inferred");
				}
				out.append(line).append('\n');
			}
			return out.toString();
		}

	}

}
