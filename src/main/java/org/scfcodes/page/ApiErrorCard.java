package org.scfcodes.page;

import java.util.Map;

import org.scfcodes.apierror.ApiError;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.Source;

/**
 * One API error code as a card: its description and whose words they are, the remedies
 * with the official words each rests on, and the status codes it relates to.
 */
final class ApiErrorCard {

	private final Labels labels;

	private final Language language;

	ApiErrorCard(Labels labels) {
		this.labels = labels;
		this.language = labels.language();
	}

	void write(Html html, ApiError error, Map<String, Source> sources) {
		html.open("article", "class", "card api-error", "data-api-error", error.code());
		html.open("h3")
			.open("a", "href", Links.apiError(error.code(), this.language))
			.element("span", this.labels.get("page.api-error"), "class", "status")
			.text(" " + error.code())
			.close("a")
			.close("h3");
		html.element("p", this.labels.in(error.description()), "class", "official");
		String translated = error.translated().get(this.language.tag());
		html.element("p", (translated != null) ? this.labels.get("page.api-error.translated." + translated)
				: this.labels.get("page.api-error.sdk"), "class", "muted provenance");
		if (!error.remedies().isEmpty()) {
			html.element("strong", this.labels.get("page.api-error.remedies")).open("ul");
			for (ApiError.Remedy remedy : error.remedies()) {
				html.open("li").text(this.labels.in(remedy.text())).open("ul", "class", "quotes");
				remedy.cites().forEach((cite) -> quote(html, cite, sources));
				html.close("ul").close("li");
			}
			html.close("ul");
		}
		if (error.noRemedy() != null) {
			html.open("p")
				.element("strong", this.labels.get("page.api-error.no-remedy") + " ")
				.text(this.labels.in(error.noRemedy()))
				.close("p");
			if (error.related() != null) {
				html.open("ul", "class", "quotes");
				quote(html, error.related(), sources);
				html.close("ul");
			}
		}
		if (!error.statuses().isEmpty()) {
			html.element("strong", this.labels.get("page.api-error.statuses")).open("ul");
			for (ApiError.StatusRelation status : error.statuses()) {
				html.open("li")
					.element("a", status.status() + " " + status.name(), "href",
							Links.code(status.status(), this.language))
					.text(this.labels.get("page.colon") + this.labels.in(status.relation()))
					.close("li");
			}
			html.close("ul");
		}
		if (!error.actions().isEmpty()) {
			html.element("p", this.labels.get("page.api-error.actions",
					String.join(this.labels.get("list.separator"), error.actions())), "class", "muted");
		}
		html.close("article");
	}

	private void quote(Html html, ApiError.Citation cite, Map<String, Source> sources) {
		String words = cite.quote().getOrDefault(this.language.tag(), cite.quote().values().iterator().next());
		Source source = sources.get(cite.source());
		html.open("li", "class", "muted").text("“" + words + "” — ");
		html.element("a", this.labels.in(source.title()), "href", source.url(), "rel", "noreferrer");
		html.close("li");
	}

}
