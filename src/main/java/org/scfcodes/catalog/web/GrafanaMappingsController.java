package org.scfcodes.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.VersionedAnswers;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the catalog as Grafana value mappings, for panels over Cloud Monitor's per-code metrics or a status label.
 */
@RestController
@Tag(name = "codes")
class GrafanaMappingsController {

	/** The representation of these answers, as named in their ETags. */
	static final String GRAFANA = "grafana";

	private final ReloadableFile<CodeCatalog> catalogs;

	private final VersionedAnswers answers;

	GrafanaMappingsController(ReloadableFile<CodeCatalog> catalogs, VersionedAnswers answers) {
		this.catalogs = catalogs;
		this.answers = answers;
	}

	@GetMapping(path = "/codes/grafana-value-mappings", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getGrafanaValueMappings", summary = "The catalog as Grafana value mappings",
			description = "An array to paste as a panel's fieldConfig.defaults.mappings: each status shown as its code "
					+ "and name, coloured by who has to act. The ETag changes with the catalog version.")
	@ApiResponse(responseCode = "200", description = "The value mappings")
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	ResponseEntity<List<GrafanaValueMappings>> mappings(WebRequest request) {
		CodeCatalog catalog = this.catalogs.current();
		return this.answers.ok(GrafanaValueMappings.of(catalog), catalog.version(), GRAFANA, request);
	}

}
