package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.Text;
import org.scfcodes.web.Language;
import org.scfcodes.web.PlainText;

/**
 * Everything decoded from a pasted text.
 */
@Schema(description = "The codes and facts found in a pasted text")
public record DecodeAnswer(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(description = "What was found, in words") Text summary, List<DecodedCode> codes, TextFacts facts)
		implements PlainText {

	@Override
	public String toPlainText(Language language) {
		boolean zh = language == Language.ZH;
		StringBuilder out = new StringBuilder(this.summary.in(language)).append('\n');
		for (DecodedCode code : this.codes) {
			out.append('\n').append(code.status()).append(' ');
			if (code.entry() != null) {
				out.append(code.entry().name()).append('\n').append(code.entry().meaning().in(language)).append('\n');
				code.entry().remedies().in(language).forEach((remedy) -> out.append("  - ").append(remedy).append('\n'));
			}
			else {
				out.append(zh ? "（目录中没有该状态码）" : "(not in the catalog)").append('\n');
			}
			for (Evidence evidence : code.evidence()) {
				out.append(zh ? "  依据 " : "  evidence ").append(evidence.line()).append(':').append(evidence.column())
					.append(' ').append(evidence.kind()).append(": ").append(evidence.text()).append('\n');
			}
		}
		if (!this.facts.requestIds().isEmpty()) {
			out.append('\n').append(zh ? "请求 ID：" : "Request ids: ").append(String.join(", ", this.facts.requestIds()));
		}
		if (!this.facts.errorMessages().isEmpty()) {
			out.append('\n').append(zh ? "错误消息：" : "Error messages: ").append(String.join(" | ", this.facts.errorMessages()));
		}
		for (Measurement duration : this.facts.durations()) {
			out.append('\n').append(duration.source()).append(": ").append(duration.value()).append(' ').append(duration.unit());
		}
		return out.append('\n').toString();
	}

}
