package org.scfcodes.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scfcodes.catalog.Guidance;
import org.scfcodes.catalog.Link;
import org.scfcodes.catalog.OfficialText;
import org.scfcodes.catalog.Quantity;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.equivalent.StatusEquivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.Source;

/**
 * One status code as a card: the newest official guidance with the revision it is quoted
 * from, earlier wordings folded away, the project's own words marked as such, the facts,
 * and what the code is called on other platforms.
 */
final class CodeCard {

	private final Labels labels;

	private final Language language;

	CodeCard(Labels labels) {
		this.labels = labels;
		this.language = labels.language();
	}

	void write(Html html, StatusCode code, StatusEquivalents equivalents) {
		Guidance guidance = code.guidance().in(this.language);
		html.open("article", "class", "card", "data-status", String.valueOf(code.status()));
		html.open("h3")
			.open("a", "href", Links.code(code.status(), this.language))
			.element("span", String.valueOf(code.status()), "class", "status")
			.text(" " + code.name())
			.close("a")
			.close("h3");
		html.element("p", guidance.description().text().get(0), "class", "official");
		html.element("p", revision(code.sources(), guidance.description().source(),
				guidance.description().translatedFrom() != null), "class", "muted provenance");
		if (guidance.solution() != null) {
			Items.write(html, this.labels.get("page.code.solution"), guidance.solution().text());
		}
		if (!guidance.links().isEmpty()) {
			html.element("strong", this.labels.get("page.code.links")).open("ul");
			for (Link link : guidance.links()) {
				html.open("li").element("a", link.text(), "href", link.url(), "rel", "noreferrer").close("li");
			}
			html.close("ul");
		}
		for (OfficialText text : code.official()) {
			if (text.language().equals(this.language.tag()) && !isGuidance(text, guidance)) {
				earlier(html, code.sources(), text);
			}
		}
		html.open("p")
			.element("strong", this.labels.get("page.code.ours") + " ")
			.text(this.labels.in(code.meaning()))
			.close("p");
		Items.write(html, this.labels.get("page.code.causes"), code.causes().in(this.language));
		facts(html, code);
		Items.write(html, this.labels.get("page.code.notes"), code.notes().in(this.language));
		new EquivalentsList(this.labels).write(html, equivalents);
		html.close("article");
	}

	/** Whether the text is the one the guidance quotes. */
	private static boolean isGuidance(OfficialText text, Guidance guidance) {
		boolean description = text.source().equals(guidance.description().source());
		return description && (text.solution() == null
				|| (guidance.solution() != null && text.source().equals(guidance.solution().source())));
	}

	private void earlier(Html html, Map<String, Source> sources, OfficialText text) {
		List<String> items = new ArrayList<>();
		if (text.description() != null) {
			items.add(text.description());
		}
		if (text.solution() != null) {
			items.addAll(text.solution());
		}
		if (items.isEmpty()) {
			return;
		}
		String heading = this.labels
			.get(sources.get(text.source()).statusPage() ? "page.code.earlier" : "page.code.linked");
		html.open("details", "class", "revision")
			.element("summary", heading + " · " + revision(sources, text.source(), text.translated()));
		Items.list(html, items);
		html.close("details");
	}

	private String revision(Map<String, Source> sources, String id, boolean translated) {
		Source source = sources.get(id);
		String date = (source.date() != null) ? source.date() : this.labels.get("page.code.undated");
		String kind = this.labels.get(translated ? "page.code.translation" : "page.code.official");
		return this.labels.get("page.code.revision", kind, this.labels.in(source.title()), date);
	}

	private void facts(Html html, StatusCode code) {
		html.open("ul", "class", "facts");
		fact(html, this.labels.get("page.code.recycles",
				this.labels.get(code.recycling().triggers() ? "page.yes" : "page.not-stated")));
		if (!code.actors().isEmpty()) {
			fact(html, this.labels.get("page.code.actors", String.join(this.labels.get("list.separator"),
					code.actors().stream().map((actor) -> this.labels.get("actor." + actor.id())).toList())));
		}
		fact(html, this.labels.get("page.code.retry", this.labels.get("retry." + code.retry().category())));
		if (code.seenIn().metric() != null) {
			fact(html, this.labels.get("page.code.metric", code.seenIn().metric().name()));
		}
		for (Quantity quantity : code.quantities()) {
			fact(html, this.labels.get("page.code.quantity", this.labels.in(quantity.label()),
					Quantities.of(this.labels, quantity.value(), quantity.unit())));
		}
		html.close("ul");
	}

	private static void fact(Html html, String text) {
		html.element("li", text);
	}

}
