package org.scfcodes.handler;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.web.Language;
import org.scfcodes.web.PlainText;

/**
 * The verdict on a handler: whether it is right for the runtime, why not, and what to write instead.
 */
@Schema(description = "Whether a handler is right for its runtime, and why not")
public record ValidationReport(@Schema(description = "No error was found") boolean valid, Runtime runtime,
		@Schema(example = "index.main_handler") String handler, @Schema(example = "event") String functionType,
		@Schema(description = "What the handler names, when it could be read") HandlerParts parts,
		List<Finding> findings,
		@Schema(description = "A corrected handler that passes the checks, when one can be derived", example = "index.main_handler") String suggestedHandler,
		@Schema(description = "The package checked, if one was uploaded") PackageSummary packageChecked) implements PlainText {

	@Override
	public String toPlainText(Language language) {
		boolean zh = language == Language.ZH;
		StringBuilder out = new StringBuilder();
		out.append(this.valid ? (zh ? "有效" : "VALID") : (zh ? "无效" : "INVALID"))
			.append("  ")
			.append(this.runtime.id())
			.append("  ")
			.append(this.handler)
			.append('\n');
		for (Finding finding : this.findings) {
			out.append("  ").append(finding.severity().id()).append(' ').append(finding.rule()).append(": ")
				.append(finding.message().in(language)).append('\n');
			if (finding.suggestion() != null) {
				out.append("    ").append(zh ? "建议：" : "suggestion: ").append(finding.suggestion()).append('\n');
			}
			if (finding.failure() != null) {
				out.append("    ").append(zh ? "平台表现：" : "platform: ").append(finding.failure().stage()).append(' ')
					.append((finding.failure().code() != null)
							? finding.failure().code().status() + " " + finding.failure().code().name()
							: finding.failure().apiError())
					.append('\n');
			}
		}
		if (this.suggestedHandler != null) {
			out.append(zh ? "建议的执行方法：" : "Suggested handler: ").append(this.suggestedHandler).append('\n');
		}
		return out.toString();
	}

}
