package org.scfcodes.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.Actor;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;

/**
 * The catalog as Grafana value mappings: one value map whose options turn each status
 * into "433 TimeLimitReached" (in Chinese followed by what it means), coloured by who has
 * to act, in the shape a panel's {@code fieldConfig.defaults.mappings} takes.
 */
@Schema(name = "GrafanaValueMap", description = "A Grafana value map: each option maps a status to its code and name")
record GrafanaValueMappings(@Schema(example = "value") String type, @Schema(
		description = "By status: the text shown, its colour and its position in the list") Map<String, Result> options) {

	/** The mappings of a catalog, their texts in the language of the labels. */
	static GrafanaValueMappings of(CodeCatalog catalog, Labels labels) {
		Map<String, Result> options = new LinkedHashMap<>();
		for (StatusCode code : catalog.all()) {
			String text = labels.get("grafana.mapping", String.valueOf(code.status()), code.name(),
					labels.in(code.meaning()));
			options.put(String.valueOf(code.status()), new Result(text, colour(code.actors()), options.size()));
		}
		return new GrafanaValueMappings("value", options);
	}

	/**
	 * The same options as rows, in their order: what Grafana's "Config from query
	 * results" transformation turns back into this value map, each row's position its
	 * index.
	 */
	List<Row> rows() {
		return this.options.entrySet()
			.stream()
			.map((option) -> new Row(option.getKey(), option.getValue().text(), option.getValue().color()))
			.toList();
	}

	/**
	 * Coloured by the first who has to act: a glance at a panel says whose move it is.
	 */
	private static String colour(List<Actor> actors) {
		if (actors.isEmpty()) {
			return "green";
		}
		return switch (actors.get(0)) {
			case CALLER -> "blue";
			case FUNCTION_CODE -> "orange";
			case FUNCTION_CONFIGURATION -> "yellow";
			case ACCOUNT -> "purple";
			case PLATFORM -> "red";
		};
	}

	/** What a matching value is shown as. */
	@Schema(name = "GrafanaValueMappingResult", description = "What a status is shown as")
	record Result(@Schema(example = "433 TimeLimitReached") String text,
			@Schema(description = "A Grafana colour name, by who has to act: blue the caller, orange the function's "
					+ "code, yellow its configuration, purple the account, red the platform, green no one",
					example = "orange") String color,
			@Schema(description = "The option's position, as Grafana numbers them", example = "13") int index) {
	}

	/** One option as a row of a table. */
	@Schema(name = "GrafanaValueMappingRow",
			description = "One status as a row for Grafana's \"Config from query results\" transformation: value, "
					+ "text and color are its \"Value mappings / Value\", \"/ Display text\" and \"/ Color\"")
	record Row(@Schema(description = "The status, as text: the value a panel shows", example = "433") String value,
			@Schema(description = "What the status is shown as", example = "433 TimeLimitReached") String text,
			@Schema(description = "A Grafana colour name, by who has to act (as in GrafanaValueMappingResult)",
					example = "orange") String color) {
	}

}
