package org.scfcodes.decode.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.scfcodes.decode.DecodeAnswer;
import org.scfcodes.decode.ErrorTextDecoder;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Problem;
import org.scfcodes.http.Representation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/**
 * Explains a pasted error: a log line, a console result or an API response.
 */
@RestController
@Tag(name = "codes")
class DecodeController {

	private final ErrorTextDecoder decoder;

	private final Answers answers;

	DecodeController(ErrorTextDecoder decoder, Answers answers) {
		this.decoder = decoder;
		this.answers = answers;
	}

	@PostMapping(path = "/codes/decode", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text",
			description = "Finds every status code in the text (status fields, the messages the platform prints, "
					+ "status names), with the evidence and its position, plus request ids, error messages and "
					+ "durations. Nothing found is an answer with an empty list; an empty text is a 400 problem.")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> decodeText(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
					schema = @Schema(type = "string", minLength = 1, pattern = "\\S"))) @RequestBody(
							required = false) @Nullable String text,
			Representation representation) {
		return this.answers.computed(this.decoder.decode(notEmpty(text)), representation);
	}

	@PostMapping(path = "/codes/decode", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> decodeJson(@Valid @RequestBody DecodeRequest request, Representation representation) {
		return this.answers.computed(this.decoder.decode(notEmpty(request.text())), representation);
	}

	/**
	 * The text as curl sends a file with {@code --data-binary @file} or {@code -d}: a
	 * form-encoded type, the body as pasted. It is read as it came, not as form fields,
	 * in the charset the type names (UTF-8 when it names none).
	 */
	@PostMapping(path = "/codes/decode", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> decodeSentAsForm(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED_VALUE, schema = @Schema(
					type = "string", minLength = 1, pattern = "\\S",
					description = "The text as pasted, as curl --data-binary @file sends it"))) HttpServletRequest request,
			Representation representation) throws IOException {
		String text = new String(request.getInputStream().readAllBytes(), charset(request));
		return this.answers.computed(this.decoder.decode(notEmpty(text)), representation);
	}

	private static Charset charset(HttpServletRequest request) {
		String name = request.getCharacterEncoding();
		try {
			return (name != null) ? Charset.forName(name) : StandardCharsets.UTF_8;
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	/**
	 * The text as a form's part named {@code text}, as {@code curl -F text=@file} sends
	 * it.
	 */
	@PostMapping(path = "/codes/decode", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "decodeError", summary = "Explain a pasted error text")
	@ApiResponse(responseCode = "200", description = "The codes found, with their evidence",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DecodeAnswer.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	ResponseEntity<byte[]> decodeUploaded(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(implementation = DecodeRequest.class))) @RequestPart(name = "text",
							required = false) @Nullable String text,
			Representation representation) {
		if (text == null) {
			throw Problem.variant(HttpStatus.BAD_REQUEST, "empty-text", "no-part");
		}
		return this.answers.computed(this.decoder.decode(notEmpty(text)), representation);
	}

	/**
	 * The text to decode, which must have something in it: an empty paste is a mistake,
	 * not a text without codes.
	 */
	private static String notEmpty(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "empty-text");
		}
		return text;
	}

	/** The text to decode. */
	@Schema(description = "A pasted error text")
	record DecodeRequest(@Schema(description = "The text: a log line, a console result, an API response or a message",
			example = "ERROR RequestId:825d476e Result:{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 5 seconds\",\"statusCode\":433}",
			minLength = 1, pattern = "\\S", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String text) {
	}

}
