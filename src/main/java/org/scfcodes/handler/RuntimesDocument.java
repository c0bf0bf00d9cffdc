package org.scfcodes.handler;

import java.util.List;
import java.util.Map;

import org.scfcodes.text.Text;

/**
 * The runtimes file as written.
 */
record RuntimesDocument(Map<String, LanguageDocument> languages, List<RuntimeDocument> runtimes) {

	record LanguageDocument(String form, String suffix, String example) {
	}

	record RuntimeDocument(String id, String language, List<String> aliases, Boolean deprecated, Boolean inferred,
			Text notes) {
	}

}
