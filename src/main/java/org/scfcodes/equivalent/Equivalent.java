package org.scfcodes.equivalent;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * What one SCF status is on one other platform: what its users see there, how close the
 * match is, and where limits differ, each platform's own figure.
 */
@Schema(description = "One SCF status on one other platform")
public record Equivalent(@Schema(example = "433") int status, @Schema(example = "TimeLimitReached") String name,
		@Schema(example = "aws-lambda") String platform,
		@Schema(description = "exact: the same concept and trigger; approximate: an overlapping cause, the difference stated",
				allowableValues = {
						"exact", "approximate" }) String match,
		@Schema(description = "How the two differ (always given for an approximate match)") Text difference,
		@Schema(description = "What a user sees on that platform, each with its source") List<Sighting> sees,
		@Schema(description = "Limits that differ, each platform's own figure") List<Limit> limits){

	/**
	 * The identifiers a user may type to find this entry (exception, error type, error
	 * code, reason, service error).
	 */
	@JsonIgnore
	public List<Sighting> identifiers() {
		return this.sees.stream().filter(Sighting::isIdentifier).toList();
	}

	/**
	 * One thing a user sees on the other platform.
	 *
	 * @param kind what it is
	 * @param value as the source writes it
	 * @param source the page that shows it
	 * @param match where this identifier alone matches less closely than the entry, how
	 * @param note what the source says of it, where it narrows it
	 */
	@Schema(description = "One thing a user sees on the other platform, as its source writes it")
	public record Sighting(@Schema(allowableValues = {
			"exception", "error-type", "error-code", "reason", "service-error", "http-status", "header", "message",
			"description" }) String kind, @Schema(example = "Sandbox.Timedout") String value,
			@Schema(description = "The page it is cited from: a key of the answer's sources",
					example = "lambda-troubleshooting") String source,
			@Schema(description = "Set where this identifier alone matches less closely than the entry",
					allowableValues = { "exact", "approximate" }) String match,
			Text note){

		static final List<String> IDENTIFIERS = List.of("exception", "error-type", "error-code", "reason",
				"service-error");

		/** Whether a user would type this to find the entry. */
		@JsonIgnore
		public boolean isIdentifier() {
			return IDENTIFIERS.contains(this.kind);
		}

	}

	/**
	 * A limit that differs: SCF's figure as the catalog states it, and the other
	 * platform's own.
	 */
	@Schema(description = "A limit on both platforms, each its own figure (never equated)")
	public record Limit(Text what, Figure scf, Figure there, Text note) {
	}

	/** A number with its unit and the page that states it. */
	@Schema(description = "A number with its unit and the page that states it")
	public record Figure(@Schema(example = "128") long value, @Schema(example = "KB") String unit,
			@Schema(description = "For SCF, a key of the status catalog's sources; otherwise of this answer's sources",
					example = "intl-2022-07-27") String source) {
	}

}
