package org.scfcodes.decode.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.scfcodes.decode.DecodeAnswer;
import org.scfcodes.decode.ErrorTextDecoder;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Explains a pasted error: a log line, a console result or an API response.
 */
@RestController
@Tag(name = "codes")
class DecodeController {

	private static final String TEXT_EXAMPLE = """
			Found 1 status code(s): 433 TimeLimitReached.

			433 TimeLimitReached
			The function did not finish within its configured execution timeout.
			  evidence 1:116 status-field: "statusCode":433
			""";

	private final ErrorTextDecoder decoder;

	DecodeController(ErrorTextDecoder decoder) {
		this.decoder = decoder;
	}

	@PostMapping(path = "/codes/decode", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text",
			description = "Finds every status code in the text (status fields, the messages the platform prints, "
					+ "status names), with the evidence and its position, plus request ids, error messages and "
					+ "durations. Nothing found is an answer with an empty list.")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, examples = @ExampleObject(value = TEXT_EXAMPLE)) })
	DecodeAnswer decodeText(@RequestBody(required = false) String text) {
		return this.decoder.decode((text != null) ? text : "");
	}

	@PostMapping(path = "/codes/decode", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, examples = @ExampleObject(value = TEXT_EXAMPLE)) })
	DecodeAnswer decodeJson(@Valid @RequestBody DecodeRequest request) {
		return this.decoder.decode(request.text());
	}

	/** The text to decode. */
	@Schema(description = "A pasted error text")
	record DecodeRequest(@Schema(description = "The text: a log line, a console result, an API response or a message",
			example = "ERROR RequestId:825d476e Result:{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 5 seconds\",\"statusCode\":433}")
	@NotNull String text) {
	}

}
