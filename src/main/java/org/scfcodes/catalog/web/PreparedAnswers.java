package org.scfcodes.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.VersionedAnswers;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each code's answer serialised once per catalog, as JSON and as text in each language, with their ETags, for the
 * direct lookups: a plain lookup writes bytes that were ready before the request came.
 */
@Component
class PreparedAnswers {

	private final JsonMapper json;

	private final MessageSource messages;

	private volatile Prepared prepared;

	PreparedAnswers(JsonMapper json, MessageSource messages, ReloadableFile<CodeCatalog> catalogs) {
		this.json = json;
		this.messages = messages;
		this.prepared = prepare(catalogs.current());
	}

	/** The prepared answers of a catalog, prepared now if that catalog is new. */
	Prepared of(CodeCatalog catalog) {
		Prepared current = this.prepared;
		if (current.catalog() != catalog) {
			current = prepare(catalog);
			this.prepared = current;
		}
		return current;
	}

	private Prepared prepare(CodeCatalog catalog) {
		Labels english = new Labels(this.messages, Language.EN);
		Labels chinese = new Labels(this.messages, Language.ZH);
		Map<Integer, Answer> answers = new HashMap<>();
		for (StatusCode code : catalog.all()) {
			CodeAnswer answer = new CodeAnswer(catalog.version(), code);
			answers.put(code.status(), new Answer(this.json.writeValueAsBytes(answer), utf8(answer.toPlainText(english)),
					utf8(answer.toPlainText(chinese))));
		}
		return new Prepared(catalog, Map.copyOf(answers), VersionedAnswers.eTag(catalog.version(), VersionedAnswers.JSON),
				VersionedAnswers.eTag(catalog.version(), VersionedAnswers.text(Language.EN)),
				VersionedAnswers.eTag(catalog.version(), VersionedAnswers.text(Language.ZH)));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** One code's answer as JSON and as text in each language. */
	record Answer(byte[] json, byte[] textEn, byte[] textZh) {

		byte[] text(Language language) {
			return (language == Language.ZH) ? this.textZh : this.textEn;
		}

	}

	/** One catalog's answers by status, and the ETags of its representations. */
	record Prepared(CodeCatalog catalog, Map<Integer, Answer> answers, String jsonETag, String textEnETag,
			String textZhETag) {

		/** The answer for a status, or {@code null} when the catalog has no such code. */
		Answer answer(int status) {
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
