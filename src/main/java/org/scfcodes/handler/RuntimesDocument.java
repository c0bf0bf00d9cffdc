package org.scfcodes.handler;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The runtimes file as written, with the rules of its fields; its entries
 * ({@code runtimes}) are read one by one as {@link RuntimeDocument}s, so that a failure
 * names its entry.
 */
record RuntimesDocument(@NotNull Map<String, @NotNull @Valid LanguageDocument> languages,
		@NotNull List<JsonNode> runtimes) {

	record LanguageDocument(@NotNull Runtime.Form form, String suffix, String example) {
	}

	record RuntimeDocument(@NotBlank String id, @NotBlank String language, List<@NotBlank String> aliases,
			Boolean deprecated, Boolean inferred, @Valid Text notes) {
	}

}
