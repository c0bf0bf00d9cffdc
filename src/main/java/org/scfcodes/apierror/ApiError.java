package org.scfcodes.apierror;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * One SCF API 3.0 error code: its official descriptions, the remedies the project grounds
 * in cited pages (or why none is given), the API actions that return it and how it
 * relates to the invocation status codes.
 */
@Schema(description = "One SCF API 3.0 error code (API version 2018-04-16)")
public record ApiError(
		@Schema(description = "The code exactly as the SDKs spell it",
				example = "ResourceNotFound.Function") String code,
		@Schema(description = "The part before the first dot", example = "ResourceNotFound") String errorClass,
		@Schema(description = "The SDKs' descriptions: Chinese from tencentcloud-sdk-python, English from "
				+ "tencentcloud-sdk-python-intl-en; where one is missing or cut short, the project's translation") Text description,
		@Schema(description = "Languages whose description is the project's translation, and why (missing, cut-short)") Map<String, String> translated,
		@Schema(description = "What to do, in the project's words, each resting on a quoted official text") List<Remedy> remedies,
		@Schema(description = "Where no official page gives a remedy, the project says so") Text noRemedy,
		@Schema(description = "Where no remedy is given: the related rule an official page states, quoted") Citation related,
		@Schema(description = "The API actions whose documented errors include this code") List<String> actions,
		@Schema(description = "How the code relates to invocation status codes") List<StatusRelation> statuses) {

	public ApiError {
		translated = Map.copyOf(translated);
		remedies = List.copyOf(remedies);
		actions = List.copyOf(actions);
		statuses = List.copyOf(statuses);
	}

	/** A remedy in the project's words, with the official texts it rests on. */
	@Schema(description = "A remedy in the project's words, with the official words it rests on")
	public record Remedy(Text text,
			@Schema(description = "The official texts it rests on, first the main one") List<Citation> cites) {

		public Remedy {
			cites = List.copyOf(cites);
		}

	}

	/** Official words quoted from a page. */
	@Schema(description = "Official words quoted from a page")
	public record Citation(@Schema(description = "The page quoted: a key of the answer's sources") String source,
			@Schema(description = "The official words, in the languages the page has them") Map<String, String> quote) {

		public Citation {
			quote = Map.copyOf(quote);
		}

	}

	/** An invocation status code this error relates to, and how. */
	@Schema(description = "An invocation status code related to this API error")
	public record StatusRelation(@Schema(example = "435") int status, @Schema(example = "FunctionNotFound") String name,
			@Schema(description = "How they relate, in the project's words") Text relation) {
	}

}
