package org.scfcodes.page;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;

/**
 * Entries in short: a ranked list with one line a hit (the code, its name and what it
 * means in a sentence) that opens on the whole card, "did you mean" links, and the index
 * of every status code and API error class.
 */
final class Hits {

	private final Labels labels;

	private final Language language;

	Hits(Labels labels) {
		this.labels = labels;
		this.language = labels.language();
	}

	void codes(Html html, List<StatusCode> codes, Equivalents equivalents) {
		html.open("ol", "class", "hits");
		for (StatusCode code : codes) {
			html.open("li").open("details", "class", "hit", "data-status", String.valueOf(code.status()));
			html.open("summary")
				.element("span", String.valueOf(code.status()), "class", "status")
				.text(" ")
				.element("strong", code.name())
				.text(" ")
				.element("span", this.labels.in(code.meaning()), "class", "meaning")
				.close("summary");
			new CodeCard(this.labels).write(html, code, equivalents.of(code.status(), code.name()));
			html.close("details").close("li");
		}
		html.close("ol");
	}

	void apiErrors(Html html, List<ApiError> errors, ApiErrorCatalog catalog) {
		html.open("ol", "class", "hits");
		for (ApiError error : errors) {
			html.open("li").open("details", "class", "hit", "data-api-error", error.code());
			html.open("summary")
				.element("strong", error.code())
				.text(" ")
				.element("span", this.labels.in(error.description()), "class", "meaning")
				.close("summary");
			new ApiErrorCard(this.labels).write(html, error, catalog.sources());
			html.close("details").close("li");
		}
		html.close("ol");
	}

	/** "Did you mean", each suggestion a link with its name. */
	void suggestions(Html html, List<CodeRef> codes, List<String> apiErrors) {
		if (codes.isEmpty() && apiErrors.isEmpty()) {
			return;
		}
		html.open("p", "class", "suggestions").text(this.labels.get("page.did-you-mean") + " ");
		String separator = "";
		for (CodeRef code : codes) {
			html.text(separator)
				.element("a", code.status() + " " + code.name(), "href", Links.code(code.status(), this.language));
			separator = this.labels.get("list.separator");
		}
		for (String error : apiErrors) {
			html.text(separator).element("a", error, "href", Links.apiError(error, this.language));
			separator = this.labels.get("list.separator");
		}
		html.close("p");
	}

	/** Every status code and every API error class, each a link. */
	void index(Html html, List<StatusCode> codes, ApiErrorCatalog apiErrors) {
		html.open("section", "id", "index", "aria-labelledby", "index-codes")
			.element("h2", this.labels.get("page.index.codes"), "id", "index-codes");
		html.open("ul", "class", "index");
		for (StatusCode code : codes) {
			html.open("li")
				.open("a", "href", Links.code(code.status(), this.language))
				.element("span", String.valueOf(code.status()), "class", "status")
				.text(" " + code.name())
				.close("a")
				.text(" ")
				.element("span", this.labels.in(code.meaning()), "class", "meaning")
				.close("li");
		}
		html.close("ul").element("h2", this.labels.get("page.index.api-errors"), "id", "index-api-errors");
		Map<String, Integer> classes = new TreeMap<>();
		apiErrors.all().forEach((error) -> classes.merge(error.errorClass(), 1, Integer::sum));
		html.open("ul", "class", "index classes", "aria-labelledby", "index-api-errors");
		classes.forEach((errorClass, count) -> html.open("li")
			.element("a", errorClass, "href", Links.apiError(errorClass, this.language))
			.text(" ")
			.element("span", this.labels.get("page.index.class-size", count), "class", "muted")
			.close("li"));
		html.close("ul").close("section");
	}

}
