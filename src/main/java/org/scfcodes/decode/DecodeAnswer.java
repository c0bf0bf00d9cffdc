package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.Guidance;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;
import org.scfcodes.text.Text;

/**
 * Everything decoded from a pasted text.
 */
@Schema(description = "The codes and facts found in a pasted text")
public record DecodeAnswer(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(example = "2026.11.28+5e6f7a8b") String apiErrorsVersion,
		@Schema(description = "What was found, in words") Text summary,
		@Schema(description = "The invocation status codes found") List<DecodedCode> codes,
		@Schema(description = "The API error codes found in the SDKs' printed errors, the API's error answers and bare where users print them") List<DecodedApiError> apiErrors,
		TextFacts facts) implements PlainText {

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder(labels.in(this.summary)).append('\n');
		for (DecodedCode code : this.codes) {
			out.append('\n').append(code.status()).append(' ');
			if (code.entry() != null) {
				Guidance guidance = code.entry().guidance().in(labels.language());
				out.append(code.entry().name()).append('\n').append(guidance.description().text().get(0)).append('\n');
				if (guidance.solution() != null) {
					guidance.solution().text().forEach((item) -> out.append("  - ").append(item).append('\n'));
				}
			}
			else {
				out.append(labels.get("decode.not-in-catalog")).append('\n');
			}
			for (Evidence evidence : code.evidence()) {
				out.append("  ")
					.append(labels.get("decode.evidence", evidence.line() + ":" + evidence.column(), evidence.kind(),
							evidence.text()))
					.append('\n');
			}
		}
		for (DecodedApiError error : this.apiErrors) {
			out.append('\n').append(error.code()).append('\n');
			if (error.entry() != null) {
				out.append(labels.in(error.entry().description())).append('\n');
				error.entry()
					.remedies()
					.forEach((remedy) -> out.append("  - ").append(labels.in(remedy.text())).append('\n'));
				if (error.entry().noRemedy() != null) {
					out.append("  ")
						.append(labels.get("api-errors.no-remedy", labels.in(error.entry().noRemedy())))
						.append('\n');
				}
				out.append("  ").append(error.link()).append('\n');
			}
			else if (error.retired() != null) {
				out.append(labels.in(error.retired().description())).append('\n');
				out.append("  ")
					.append(labels.get("decode.retired-api-error",
							String.join(", ",
									error.retired()
										.lastListed()
										.stream()
										.map((release) -> release.sdk() + " " + release.version())
										.toList())))
					.append('\n');
			}
			else {
				out.append(labels.get("decode.not-in-api-errors")).append('\n');
			}
			if (!error.nearest().isEmpty()) {
				out.append("  ").append(labels.get("decode.nearest", String.join(", ", error.nearest()))).append('\n');
			}
			for (Evidence evidence : error.evidence()) {
				out.append("  ")
					.append(labels.get("decode.evidence", evidence.line() + ":" + evidence.column(), evidence.kind(),
							evidence.text()))
					.append('\n');
			}
		}
		if (!this.facts.requestIds().isEmpty()) {
			out.append('\n').append(labels.get("decode.request-ids", String.join(", ", this.facts.requestIds())));
		}
		if (!this.facts.errorMessages().isEmpty()) {
			out.append('\n')
				.append(labels.get("decode.error-messages", String.join(" | ", this.facts.errorMessages())));
		}
		for (Measurement duration : this.facts.durations()) {
			out.append('\n')
				.append(duration.source())
				.append(": ")
				.append(duration.value())
				.append(' ')
				.append(duration.unit());
		}
		return out.append('\n').toString();
	}

}
