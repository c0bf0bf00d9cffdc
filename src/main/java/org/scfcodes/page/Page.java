package org.scfcodes.page;

import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;

/**
 * The page as one HTML document: what an address asks for, answered from the catalogs in
 * the request's language, with the title and summary a browser tab, a chat preview and a
 * screen reader read; the script in {@code /assets/app.js} only makes it quicker to use.
 */
public final class Page {

	private final CodeCatalog codes;

	private final ApiErrorCatalog apiErrors;

	private final Equivalents equivalents;

	public Page(CodeCatalog codes, ApiErrorCatalog apiErrors, Equivalents equivalents) {
		this.codes = codes;
		this.apiErrors = apiErrors;
		this.equivalents = equivalents;
	}

	/**
	 * The document for an address: a status ({@code code}), an API error or its class
	 * ({@code apiError}), or words ({@code q}), the first given; the start page for none.
	 */
	public String render(Labels labels, @Nullable String code, @Nullable String apiError, @Nullable String words) {
		PageView view = new Lookup(this.codes, this.apiErrors, this.equivalents, labels).of(code, apiError, words);
		Language language = labels.language();
		Html html = new Html().markup("<!doctype html>\n");
		html.open("html", "lang", (language == Language.ZH) ? "zh-CN" : "en").open("head");
		html.open("meta", "charset", "utf-8")
			.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
			.open("meta", "name", "color-scheme", "content", "light dark")
			.element("title", view.title())
			.open("meta", "name", "description", "content", view.description())
			.open("meta", "property", "og:title", "content", view.title())
			.open("meta", "property", "og:description", "content", view.description())
			.open("meta", "property", "og:type", "content", "website")
			.open("meta", "property", "og:site_name", "content", "scf-codes")
			.open("link", "rel", "canonical", "href", view.address())
			.open("link", "rel", "alternate", "hreflang", (language == Language.ZH) ? "en" : "zh", "href",
					Links.in(view.address(), (language == Language.ZH) ? Language.EN : Language.ZH))
			// no favicon request, and so no 404 in the console
			.open("link", "rel", "icon", "href", "data:,")
			.open("link", "rel", "stylesheet", "href", "/assets/app.css")
			.open("script", "src", "/assets/app.js", "defer", "")
			.close("script")
			.close("head")
			.markup("\n");
		html.open("body");
		header(html, labels, view);
		html.open("main");
		lookup(html, labels, view);
		Tools.write(html, labels);
		html.close("main");
		html.open("footer")
			.text(labels.get("page.catalog") + " ")
			.element("span", this.codes.version(), "id", "catalog-version")
			.text(" · ")
			.element("a", labels.get("page.api"), "href", "/swagger-ui/index.html")
			.close("footer");
		return html.close("body").close("html").markup("\n").toString();
	}

	private static void header(Html html, Labels labels, PageView view) {
		Language other = (labels.language() == Language.ZH) ? Language.EN : Language.ZH;
		html.open("header")
			.open("p", "class", "name")
			.element("a", labels.get("page.name"), "href", Links.start(labels.language()))
			.close("p")
			.element("p", labels.get("page.tagline"), "id", "tagline")
			.element("a", labels.get("page.other-language"), "id", "language", "href", Links.in(view.address(), other),
					"lang", (other == Language.ZH) ? "zh-CN" : "en", "hreflang", other.tag())
			.close("header");
	}

	private static void lookup(Html html, Labels labels, PageView view) {
		html.open("section", "aria-labelledby", "lookup-title")
			.element("h1", labels.get("page.lookup.title"), "id", "lookup-title");
		html.open("form", "id", "lookup", "action", "/", "method", "get", "role", "search")
			.element("label", labels.get("page.lookup.label"), "for", "query")
			.open("div", "class", "row")
			.open("input", "id", "query", "name", "q", "type", "search", "value", view.query(), "autocomplete", "off",
					"spellcheck", "false", "placeholder", "433, TimeLimitReached, memory", "aria-describedby",
					"lookup-status");
		if (labels.language() == Language.ZH) {
			html.open("input", "type", "hidden", "name", "lang", "value", "zh");
		}
		html.element("button", labels.get("page.lookup.button"), "type", "submit")
			.close("div")
			.close("form")
			.element("p", view.status(), "id", "lookup-status", "role", "status", "aria-live", "polite")
			.open("div", "id", "results")
			.markup(view.answer())
			.close("div")
			.close("section");
	}

}
