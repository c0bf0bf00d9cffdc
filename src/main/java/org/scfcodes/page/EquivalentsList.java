package org.scfcodes.page;

import java.util.List;
import java.util.Map;

import org.scfcodes.equivalent.Equivalent;
import org.scfcodes.equivalent.Platform;
import org.scfcodes.equivalent.Reference;
import org.scfcodes.equivalent.RetryComparison;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.text.Labels;

/**
 * What a status is called on the other platforms, each sighting with the page it is cited
 * from, the platforms without a cited equivalent, and their retry policies.
 */
final class EquivalentsList {

	private final Labels labels;

	EquivalentsList(Labels labels) {
		this.labels = labels;
	}

	void write(Html html, StatusEquivalents equivalents) {
		Map<String, Platform> platforms = equivalents.platforms();
		html.open("div", "class", "equivalents").element("strong", this.labels.get("page.equivalents.title"));
		html.open("ul");
		for (Equivalent entry : equivalents.equivalents()) {
			String platform = platforms.get(entry.platform()).name();
			html.open("li", "data-platform", entry.platform())
				.element("strong", platform)
				.text(" — " + this.labels.get("page.match." + entry.match()));
			html.open("ul");
			for (Equivalent.Sighting seen : entry.sees()) {
				html.open("li")
					.text(this.labels.get("page.kind." + seen.kind()) + ": ")
					.element("span", seen.value(), "class", "mono");
				if (seen.match() != null) {
					html.text(" (" + this.labels.get("page.match." + seen.match()) + ")");
				}
				if (seen.note() != null) {
					html.text(" — " + this.labels.in(seen.note()));
				}
				html.text(" ");
				source(html, equivalents.sources().get(seen.source()));
				html.close("li");
			}
			html.close("ul");
			if (entry.difference() != null) {
				html.open("p")
					.element("strong", this.labels.get("page.equivalents.difference") + " ")
					.text(this.labels.in(entry.difference()))
					.close("p");
			}
			for (Equivalent.Limit limit : entry.limits()) {
				String note = (limit.note() != null) ? " — " + this.labels.in(limit.note()) : "";
				html.element("p",
						this.labels.get("page.equivalents.limit", this.labels.in(limit.what()),
								Quantities.of(this.labels, limit.scf().value(), limit.scf().unit()), platform,
								Quantities.of(this.labels, limit.there().value(), limit.there().unit())) + note,
						"class", "limit");
			}
			html.close("li");
		}
		html.close("ul");
		List<String> none = equivalents.unmatched()
			.stream()
			.map((unmatched) -> platforms.get(unmatched.platform()).name())
			.toList();
		if (!none.isEmpty()) {
			html.element("p",
					this.labels.get("page.equivalents.none", String.join(this.labels.get("list.separator"), none)),
					"class", "muted");
		}
		for (RetryComparison retry : equivalents.retries()) {
			String quote = retry.quote()
				.getOrDefault(this.labels.language().tag(), retry.quote().values().iterator().next());
			html.open("p", "class", "muted")
				.text(this.labels.get("page.equivalents.retries", platforms.get(retry.platform()).name(), quote) + " ");
			source(html, equivalents.sources().get(retry.source()));
			html.close("p");
		}
		html.close("div");
	}

	private void source(Html html, Reference reference) {
		String title = reference.official() ? reference.title()
				: this.labels.get("page.equivalents.third-party", reference.title());
		html.element("a", title, "href", reference.url(), "rel", "noreferrer", "class", "muted");
	}

}
