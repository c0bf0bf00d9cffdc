package org.scfcodes.handler;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * The verdict on a handler: whether it is right for the runtime, why not, and what to
 * write instead.
 */
@Schema(description = "Whether a handler is right for its runtime, and why not")
public record ValidationReport(@Schema(description = "No error was found") boolean valid, Runtime runtime,
		@Schema(example = "index.main_handler") String handler, @Schema(example = "event") String functionType,
		@Schema(description = "What the handler names, when it could be read") HandlerParts parts,
		List<Finding> findings,
		@Schema(description = "A corrected handler that passes the checks, when one can be derived",
				example = "index.main_handler") String suggestedHandler,
		@Schema(description = "The package checked, if one was uploaded") PackageSummary packageChecked)
		implements
			PlainText {

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		out.append(labels.get(this.valid ? "validation.valid" : "validation.invalid"))
			.append("  ")
			.append(this.runtime.id())
			.append("  ")
			.append(this.handler)
			.append('\n');
		for (Finding finding : this.findings) {
			out.append("  ")
				.append(finding.severity().id())
				.append(' ')
				.append(finding.rule())
				.append(": ")
				.append(labels.in(finding.message()))
				.append('\n');
			if (finding.suggestion() != null) {
				out.append("    ").append(labels.get("validation.suggestion", finding.suggestion())).append('\n');
			}
			if (finding.failure() != null) {
				PlatformFailure failure = finding.failure();
				out.append("    ")
					.append(labels.get("validation.platform", labels.get("validation.stage." + failure.stage()),
							(failure.code() != null) ? failure.code().status() + " " + failure.code().name()
									: failure.apiError()))
					.append('\n');
			}
		}
		if (this.suggestedHandler != null) {
			out.append(labels.get("validation.suggested-handler", this.suggestedHandler)).append('\n');
		}
		return out.toString();
	}

}
