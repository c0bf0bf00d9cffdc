package org.scfcodes.equivalent.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.scfcodes.equivalent.Equivalent;
import org.scfcodes.equivalent.EquivalentsText;
import org.scfcodes.equivalent.Platform;
import org.scfcodes.equivalent.Reference;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;

/**
 * The SCF statuses found from another platform's error, or every equivalent of a
 * platform.
 */
@Schema(description = "SCF statuses found from another platform's error identifier, or every equivalent of a platform")
record EquivalentList(@Schema(example = "2026.11.28+1a2b3c4d") String equivalentsVersion,
		@Schema(description = "The platform asked for, if any", example = "aws-lambda") String platform,
		@Schema(description = "The error identifier asked for, if any",
				example = "Runtime.HandlerNotFound") String error,
		int count, List<Found> found, Map<String, Platform> platforms,
		@Schema(description = "The pages cited, by key") Map<String, Reference> sources) implements PlainText {

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		if (this.error != null) {
			out.append(labels.get("equivalents.found", this.error, this.count)).append('\n');
		}
		for (Found one : this.found) {
			out.append(one.status()).append(' ').append(one.name());
			if (one.identifier() != null) {
				out.append(" — ").append(labels.get("equivalents." + one.match()));
			}
			out.append("  ").append(one.link()).append('\n');
			EquivalentsText.entry(one.equivalent(), this.platforms, this.sources, labels, out);
		}
		out.append(labels.get("equivalents.version", this.equivalentsVersion)).append('\n');
		return out.toString();
	}

	/**
	 * One SCF status found.
	 *
	 * @param identifier the identifier that matched, when an error was asked for
	 * @param match how closely: the identifier's own where it narrows the entry's
	 */
	@Schema(description = "One SCF status found, with the equivalent it comes from")
	record Found(@Schema(example = "437") int status, @Schema(example = "HandlerNotFound") String name,
			@Schema(allowableValues = {
					"exact", "approximate" }) String match,
			Equivalent.Sighting identifier, Equivalent equivalent,
			@Schema(description = "The status with its equivalents",
					example = "/codes/437?include=equivalents") String link){

		static Found of(Equivalent entry, Equivalent.@Nullable Sighting identifier, String match) {
			return new Found(entry.status(), entry.name(), match, identifier, entry,
					"/codes/" + entry.status() + "?include=equivalents");
		}

	}

}
