package org.scfcodes.catalog;

import java.util.Map;
import java.util.TreeMap;

import org.scfcodes.web.CatalogAnswers;
import org.scfcodes.web.Language;
import org.scfcodes.web.Rendered;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Every code's answer, serialised once per catalog with its ETags: a lookup by status writes bytes that were ready
 * before the request came.
 */
@Component
class RenderedCodes {

	private final JsonMapper json;

	private volatile Rendering rendering;

	RenderedCodes(JsonMapper json, ActiveCatalog catalogs) {
		this.json = json;
		this.rendering = render(catalogs.current());
	}

	/** The rendered answers of a catalog, rendered now if that catalog is new. */
	Rendering of(CodeCatalog catalog) {
		Rendering current = this.rendering;
		if (current.catalog() != catalog) {
			current = render(catalog);
			this.rendering = current;
		}
		return current;
	}

	private Rendering render(CodeCatalog catalog) {
		Map<Integer, Rendered> answers = new TreeMap<>();
		for (StatusCode code : catalog.all()) {
			CodeAnswer answer = new CodeAnswer(catalog.version(), code);
			answers.put(code.status(), Rendered.of(this.json.writeValueAsBytes(answer), answer));
		}
		return new Rendering(catalog, Map.copyOf(answers), CatalogAnswers.eTag(catalog.version(), null),
				CatalogAnswers.eTag(catalog.version(), Language.EN), CatalogAnswers.eTag(catalog.version(), Language.ZH));
	}

	/**
	 * One catalog's answers by status, and the ETags of its representations.
	 */
	record Rendering(CodeCatalog catalog, Map<Integer, Rendered> answers, String jsonETag, String textEnETag,
			String textZhETag) {

		/** The answer for a status, or {@code null} when the catalog has no such code. */
		Rendered answer(int status) {
			return this.answers.get(status);
		}

		/** The ETag of the JSON answers ({@code null} language) or of the text answers in a language. */
		String eTag(Language textLanguage) {
			if (textLanguage == null) {
				return this.jsonETag;
			}
			return (textLanguage == Language.ZH) ? this.textZhETag : this.textEnETag;
		}

	}

}
