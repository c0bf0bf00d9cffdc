package org.scfcodes.lookup.web;

import java.util.Set;

import org.scfcodes.catalog.StatusCode;
import org.scfcodes.equivalent.EquivalentsText;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * One status code as text: the short answer that fits a terminal's screen, or everything
 * when {@code include=} asks for more than the equivalents.
 */
record CodeTextAnswer(String catalogVersion, StatusCode code, Set<Parts> parts,
		StatusEquivalents equivalents) implements PlainText {

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		boolean whole = this.parts.contains(Parts.OFFICIAL) || this.parts.contains(Parts.RETRY)
				|| this.parts.contains(Parts.DETAILS);
		if (whole) {
			CodeText.render(this.code, labels, out);
		}
		else {
			CodeText.brief(this.code, labels, out);
		}
		if (this.equivalents != null && this.parts.contains(Parts.EQUIVALENTS)) {
			EquivalentsText.render(this.equivalents, labels, out);
			out.append(labels.get("equivalents.version", this.equivalents.equivalentsVersion())).append('\n');
		}
		if (whole) {
			CodeText.footer(this.catalogVersion, labels, out);
		}
		return out.toString();
	}

}
