package org.scfcodes.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Representation;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the catalog as Grafana value mappings, for panels over Cloud Monitor's per-code
 * metrics or a status label.
 */
@RestController
@Tag(name = "codes")
class GrafanaMappingsController {

	private final ReloadableFile<CodeCatalog> catalog;

	private final Answers answers;

	GrafanaMappingsController(ReloadableFile<CodeCatalog> catalog, Answers answers) {
		this.catalog = catalog;
		this.answers = answers;
	}

	@GetMapping(path = "/codes/grafana-value-mappings", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getGrafanaValueMappings", summary = "The catalog as Grafana value mappings",
			description = "An array to paste as a panel's fieldConfig.defaults.mappings: each status shown as its code "
					+ "and name, coloured by who has to act. The ETag changes with the catalog version.")
	@ApiResponse(responseCode = "200", description = "The value mappings",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = GrafanaValueMappings.class))))
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<byte[]> mappings(Representation representation, WebRequest request) {
		CodeCatalog catalog = this.catalog.current();
		return this.answers.versioned(catalog.version(), "grafana-value-mappings", representation, request,
				() -> GrafanaValueMappings.of(catalog));
	}

}
