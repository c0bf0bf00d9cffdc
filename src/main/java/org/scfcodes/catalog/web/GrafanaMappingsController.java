package org.scfcodes.catalog.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Representation;
import org.scfcodes.text.Labels;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the catalog as Grafana value mappings, for panels over Cloud Monitor's per-code
 * metrics or a status label: as the array a panel's {@code mappings} field holds, and as
 * rows that Grafana turns into the same mappings when the dashboard loads. English by
 * default, Chinese for {@code ?lang=zh} or {@code Accept-Language: zh}.
 */
@RestController
@Tag(name = "codes")
class GrafanaMappingsController {

	private static final String LANGUAGE = "The language of the texts, en (the default) or zh; before Accept-Language";

	private static final String ACCEPT_LANGUAGE = "The language of the texts: Chinese for zh (zh-CN, zh-TW…), "
			+ "English otherwise";

	private final ReloadableFile<CodeCatalog> catalog;

	private final Answers answers;

	private final MessageSource messages;

	GrafanaMappingsController(ReloadableFile<CodeCatalog> catalog, Answers answers, MessageSource messages) {
		this.catalog = catalog;
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping(path = "/codes/grafana-value-mappings", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getGrafanaValueMappings", summary = "The catalog as Grafana value mappings",
			description = "An array to paste as a panel's fieldConfig.defaults.mappings: each status shown as its code "
					+ "and name (in Chinese followed by what it means), coloured by who has to act. The ETag changes "
					+ "with the catalog version and the language.")
	@Parameter(in = ParameterIn.QUERY, name = "lang", description = LANGUAGE,
			schema = @Schema(type = "string", allowableValues = { "en", "zh" }))
	@Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = ACCEPT_LANGUAGE,
			schema = @Schema(type = "string", example = "zh-CN"))
	@ApiResponse(responseCode = "200", description = "The value mappings",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = GrafanaValueMappings.class))))
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> mappings(Representation representation, WebRequest request) {
		return answer("grafana-value-mappings", representation, request, List::of);
	}

	@GetMapping(path = "/codes/grafana-value-mappings/rows", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getGrafanaValueMappingRows", summary = "The catalog's Grafana value mappings as rows",
			description = "The same mappings as a table, one row per status in the mappings' order, for a live "
					+ "dashboard: the Infinity data source reads them (type JSON, the array at the root) and Grafana's "
					+ "\"Config from query results\" transformation makes value mappings of them, with value, text "
					+ "and color as \"Value mappings / Value\", \"/ Display text\" and \"/ Color\". The ETag changes "
					+ "with the catalog version and the language.")
	@Parameter(in = ParameterIn.QUERY, name = "lang", description = LANGUAGE,
			schema = @Schema(type = "string", allowableValues = { "en", "zh" }))
	@Parameter(in = ParameterIn.HEADER, name = "Accept-Language", description = ACCEPT_LANGUAGE,
			schema = @Schema(type = "string", example = "zh-CN"))
	@ApiResponse(responseCode = "200", description = "The rows, by status",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = GrafanaValueMappings.Row.class))))
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> rows(Representation representation, WebRequest request) {
		return answer("grafana-value-mapping-rows", representation, request, GrafanaValueMappings::rows);
	}

	private ResponseEntity<byte[]> answer(String key, Representation representation, WebRequest request,
			Function<GrafanaValueMappings, ?> shape) {
		CodeCatalog catalog = this.catalog.current();
		Labels labels = new Labels(this.messages, representation.language());
		// the JSON is in one language here, so the language is part of its version and
		// ETag
		String version = catalog.version() + "-" + representation.language().tag();
		return this.answers.versioned(version, key, representation, request,
				() -> shape.apply(GrafanaValueMappings.of(catalog, labels)));
	}

}
