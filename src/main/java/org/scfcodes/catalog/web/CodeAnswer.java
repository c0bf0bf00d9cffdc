package org.scfcodes.catalog.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.equivalent.EquivalentsText;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * One status code, as served, with the version of the catalog it comes from.
 */
@Schema(description = "One status code with the catalog version")
record CodeAnswer(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion, @JsonUnwrapped StatusCode code,
		@Schema(description = "What this status is called on other platforms: only with ?include=equivalents") StatusEquivalents equivalents)
		implements
			PlainText {

	CodeAnswer(String catalogVersion, StatusCode code) {
		this(catalogVersion, code, null);
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		CodeText.render(this.code, labels, out);
		if (this.equivalents != null) {
			EquivalentsText.render(this.equivalents, labels, out);
		}
		CodeText.footer(this.catalogVersion, labels, out);
		if (this.equivalents != null) {
			out.append(labels.get("equivalents.version", this.equivalents.equivalentsVersion())).append('\n');
		}
		return out.toString();
	}

}
