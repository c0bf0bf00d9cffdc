package org.scfcodes.handler;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The runtimes file as written, with the rules of its fields; its entries
 * ({@code runtimes}) are read one by one as {@link RuntimeDocument}s, so that a failure
 * names its entry.
 */
record RuntimesDocument(@NotNull Map<String, @NotNull @Valid LanguageDocument> languages,
		@NotNull List<JsonNode> runtimes) {

	record LanguageDocument(@NotNull Runtime.Form form, @Nullable String suffix, @Nullable String example) {
	}

	record RuntimeDocument(@NotBlank String id, @NotBlank String language, @Nullable List<@NotBlank String> aliases,
			@Nullable Boolean deprecated, @Nullable Boolean inferred, @Nullable @Valid Text notes) {
	}

}
