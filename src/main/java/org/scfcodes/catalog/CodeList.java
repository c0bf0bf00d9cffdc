package org.scfcodes.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.web.Language;
import org.scfcodes.web.PlainText;

/**
 * Status codes found by a lookup, with suggestions when nothing matched.
 */
@Schema(description = "The codes a lookup found, best first, with suggestions when none matched")
record CodeList(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@Schema(description = "What was looked up, as given", example = "InvalidParameterValue") String query,
		int count, List<StatusCode> codes,
		@Schema(description = "Close names when nothing matched") List<CodeRef> suggestions) implements PlainText {

	CodeList(String catalogVersion, String query, List<StatusCode> codes, List<CodeRef> suggestions) {
		this(catalogVersion, query, codes.size(), codes, suggestions);
	}

	@Override
	public String toPlainText(Language language) {
		StringBuilder out = new StringBuilder();
		if (this.codes.isEmpty()) {
			out.append((language == Language.ZH) ? "没有匹配的状态码：" : "No status code matches: ")
				.append(this.query)
				.append('\n');
			CodeText.suggestions(this.suggestions, language, out);
		}
		for (int i = 0; i < this.codes.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			CodeText.render(this.codes.get(i), language, out);
		}
		CodeText.footer(this.catalogVersion, language, out);
		return out.toString();
	}

}
