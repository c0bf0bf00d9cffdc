package org.scfcodes.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

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
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		if (this.codes.isEmpty()) {
			out.append(labels.get("codes.none", this.query)).append('\n');
			CodeText.suggestions(this.suggestions, labels, out);
		}
		for (int i = 0; i < this.codes.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			CodeText.render(this.codes.get(i), labels, out);
		}
		CodeText.footer(this.catalogVersion, labels, out);
		return out.toString();
	}

}
