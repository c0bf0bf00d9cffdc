package org.scfcodes.page;

import org.scfcodes.text.Labels;

/**
 * The page's two tools that need the script, since they send what is pasted or chosen to
 * the API: explaining a pasted error, and checking a handler; each with the place where
 * its own errors are shown, beside its controls.
 */
final class Tools {

	private Tools() {
	}

	static void write(Html html, Labels labels) {
		html.open("section", "aria-labelledby", "decode-title")
			.element("h2", labels.get("page.decode.title"), "id", "decode-title")
			.element("label", labels.get("page.decode.label"), "for", "paste")
			.open("textarea", "id", "paste", "rows", "5", "spellcheck", "false", "aria-describedby", "decode-error")
			.close("textarea")
			.element("button", labels.get("page.decode.button"), "type", "button", "id", "decode")
			.element("p", "", "id", "decode-error", "class", "error", "role", "alert")
			.open("div", "id", "decoded", "role", "region", "aria-live", "polite", "aria-labelledby", "decode-title")
			.close("div")
			.close("section");
		html.open("section", "aria-labelledby", "handler-title")
			.element("h2", labels.get("page.handler.title"), "id", "handler-title")
			.open("form", "id", "handler-form")
			.element("label", labels.get("page.handler.runtime"), "for", "runtime")
			.open("select", "id", "runtime", "required", "")
			.close("select")
			.element("label", labels.get("page.handler.handler"), "for", "handler")
			.open("input", "id", "handler", "type", "text", "autocomplete", "off", "spellcheck", "false", "placeholder",
					"index.main_handler", "aria-describedby", "handler-error")
			.element("label", labels.get("page.handler.package"), "for", "package")
			.open("input", "id", "package", "type", "file", "accept", ".zip,.jar")
			.element("button", labels.get("page.handler.button"), "type", "submit")
			.element("p", "", "id", "handler-error", "class", "error", "role", "alert")
			.close("form")
			.open("div", "id", "verdict", "role", "region", "aria-live", "polite", "aria-labelledby", "handler-title")
			.close("div")
			.close("section");
	}

}
