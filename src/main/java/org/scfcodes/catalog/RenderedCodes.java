package org.scfcodes.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.scfcodes.web.CatalogAnswers;
import org.scfcodes.web.Language;
import org.scfcodes.web.Rendered;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Every answer that depends on the catalog alone, serialised once per catalog with its ETags: each code's answer,
 * the answer for each name and alias as the catalog spells it, and the whole catalog. A lookup of these writes bytes
 * that were ready before the request came.
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
		Map<String, Rendered> names = new HashMap<>();
		catalog.all()
			.stream()
			.flatMap((code) -> Stream.concat(Stream.of(code.name()), code.aliases().stream()))
			.forEach((spelling) -> names.computeIfAbsent(spelling, (name) -> serialise(byName(catalog, name))));
		return new Rendering(catalog, Map.copyOf(answers), Map.copyOf(names),
				serialise(new CodeList(catalog.version(), null, catalog.all(), List.of())),
				CatalogAnswers.eTag(catalog.version(), null),
				CatalogAnswers.eTag(catalog.version(), Language.EN), CatalogAnswers.eTag(catalog.version(), Language.ZH));
	}

	/** The answer to {@code ?name=} with a name that the catalog has. */
	private static CodeList byName(CodeCatalog catalog, String name) {
		return new CodeList(catalog.version(), name, catalog.findByName(name), List.of());
	}

	private Rendered serialise(CodeList list) {
		return Rendered.of(this.json.writeValueAsBytes(list), list);
	}

	/**
	 * One catalog's answers by status, by name and alias as spelt in the catalog, and in full, and the ETags of its
	 * representations.
	 */
	record Rendering(CodeCatalog catalog, Map<Integer, Rendered> answers, Map<String, Rendered> names, Rendered all,
			String jsonETag, String textEnETag, String textZhETag) {

		/** The answer for a status, or {@code null} when the catalog has no such code. */
		Rendered answer(int status) {
			return this.answers.get(status);
		}

		/**
		 * The answer for a name or alias spelt exactly as in the catalog, or {@code null} for any other spelling,
		 * whose answer echoes it.
		 */
		Rendered named(String name) {
			return this.names.get(name);
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
