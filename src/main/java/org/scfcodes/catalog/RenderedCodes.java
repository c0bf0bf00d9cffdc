package org.scfcodes.catalog;

import java.util.Map;
import java.util.TreeMap;

import org.scfcodes.web.Rendered;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Every code's answer, serialised once per catalog: a lookup by status writes bytes that were ready before the
 * request came.
 */
@Component
class RenderedCodes {

	private final JsonMapper json;

	private volatile Rendering rendering;

	RenderedCodes(JsonMapper json, ActiveCatalog catalogs) {
		this.json = json;
		this.rendering = render(catalogs.current());
	}

	/** The rendered answer for a code of the given catalog, or {@code null} when it has no such code. */
	Rendered find(CodeCatalog catalog, int status) {
		Rendering current = this.rendering;
		if (current.catalog() != catalog) {
			current = render(catalog);
			this.rendering = current;
		}
		return current.answers().get(status);
	}

	private Rendering render(CodeCatalog catalog) {
		Map<Integer, Rendered> answers = new TreeMap<>();
		for (StatusCode code : catalog.all()) {
			CodeAnswer answer = new CodeAnswer(catalog.version(), code);
			answers.put(code.status(), Rendered.of(this.json.writeValueAsBytes(answer), answer));
		}
		return new Rendering(catalog, Map.copyOf(answers));
	}

	private record Rendering(CodeCatalog catalog, Map<Integer, Rendered> answers) {
	}

}
