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
		@Schema(description = "What was found, in words") Text summary, List<DecodedCode> codes, TextFacts facts)
		implements PlainText {

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
				out.append("  ").append(labels.get("decode.evidence", evidence.line() + ":" + evidence.column(),
						evidence.kind(), evidence.text())).append('\n');
			}
		}
		if (!this.facts.requestIds().isEmpty()) {
			out.append('\n').append(labels.get("decode.request-ids", String.join(", ", this.facts.requestIds())));
		}
		if (!this.facts.errorMessages().isEmpty()) {
			out.append('\n').append(labels.get("decode.error-messages", String.join(" | ", this.facts.errorMessages())));
		}
		for (Measurement duration : this.facts.durations()) {
			out.append('\n').append(duration.source()).append(": ").append(duration.value()).append(' ').append(duration.unit());
		}
		return out.append('\n').toString();
	}

}
