package org.scfcodes.catalog.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * One status code, as served, with the version of the catalog it comes from.
 */
@Schema(description = "One status code with the catalog version")
record CodeAnswer(@Schema(example = "2026.11.27+1a2b3c4d") String catalogVersion,
		@JsonUnwrapped StatusCode code) implements PlainText {

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		CodeText.render(this.code, labels, out);
		CodeText.footer(this.catalogVersion, labels, out);
		return out.toString();
	}

}
