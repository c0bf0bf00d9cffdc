package org.scfcodes.equivalent.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.http.Answers;
import org.scfcodes.http.Parameters;
import org.scfcodes.http.Problem;
import org.scfcodes.http.Representation;
import org.scfcodes.text.Printable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Finds the SCF statuses that match an error as another platform names it, or lists a
 * platform's equivalents.
 */
@RestController
@RequestMapping("/equivalents")
@Tag(name = "equivalents", description = "What SCF statuses are called on other serverless platforms")
class EquivalentsController {

	private static final int SUGGESTIONS = 5;

	private final ReloadableFile<Equivalents> equivalents;

	private final Answers answers;

	EquivalentsController(ReloadableFile<Equivalents> equivalents, Answers answers) {
		this.equivalents = equivalents;
		this.answers = answers;
	}

	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE })
	@Operation(operationId = "findEquivalents", summary = "The SCF statuses an error on another platform matches",
			description = "With `error`: the SCF statuses whose equivalent carries that identifier (an exception, error "
					+ "type, error code, reason or service error, any case), on the `platform` given or on every "
					+ "platform. With `platform` alone: that platform's equivalents. Without parameters: every "
					+ "equivalent. Each has its match (exact or approximate, with the difference) and its sources.")
	@ApiResponse(responseCode = "200", description = "The statuses found",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = EquivalentList.class)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
	@ApiResponse(responseCode = "400", description = "An unknown platform; `platforms` lists the known ones",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "404",
			description = "No equivalent carries that error; `nearest` lists the closest known identifiers",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<byte[]> find(
			@Parameter(description = "A platform", example = "aws-lambda",
					schema = @Schema(allowableValues = { "aws-lambda", "alibaba-fc", "google-cloud-functions",
							"azure-functions", "cloudbase" })) @RequestParam(
									required = false) @Nullable String platform,
			@Parameter(description = "An error as the platform names it", example = "Runtime.HandlerNotFound",
					schema = @Schema(minLength = 1, pattern = "\\S")) @RequestParam(
							required = false) @Nullable String error,
			Representation representation, WebRequest request) {
		Equivalents current = this.equivalents.current();
		String platformId = null;
		if (platform != null) {
			String asked = Parameters.notBlank(platform, "platform");
			// as the contract lists them: the platform's id exactly
			platformId = current.platform(asked)
				.filter((known) -> known.id().equals(asked))
				.orElseThrow(() -> Problem
					.of(HttpStatus.BAD_REQUEST, "unknown-platform", Printable.of(asked),
							List.copyOf(current.platforms().keySet()))
					.with("platforms", List.copyOf(current.platforms().keySet())))
				.id();
		}
		String key = "equivalents:" + platformId + ":" + error;
		String only = platformId;
		if (error == null) {
			return this.answers.versioned(current.version(), key, representation, request, () -> {
				List<EquivalentList.Found> found = current.all()
					.stream()
					.filter((entry) -> only == null || entry.platform().equals(only))
					.map((entry) -> EquivalentList.Found.of(entry, null, entry.match()))
					.toList();
				return new EquivalentList(current.version(), only, null, found.size(), found, current.platforms(),
						current.sources());
			});
		}
		String wanted = Parameters.notBlank(error, "error");
		List<Equivalents.Match> matches = current.find(platformId, wanted);
		if (matches.isEmpty()) {
			throw Problem
				.variant(HttpStatus.NOT_FOUND, "unknown-error", (platformId != null) ? "on-platform" : null,
						Printable.of(wanted), String.valueOf(platformId))
				.with("nearest", current.nearest(platformId, wanted, SUGGESTIONS))
				.with("platforms", List.copyOf(current.platforms().keySet()));
		}
		return this.answers.versioned(current.version(), key, representation, request, () -> {
			List<EquivalentList.Found> found = matches.stream()
				.map((match) -> EquivalentList.Found.of(match.entry(), match.sighting(), match.match()))
				.toList();
			return new EquivalentList(current.version(), only, error, found.size(), found, current.platforms(),
					current.sourcesOf(matches));
		});
	}

}
