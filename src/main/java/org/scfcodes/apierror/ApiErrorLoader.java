package org.scfcodes.apierror;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scfcodes.apierror.ApiErrorsDocument.CitationDocument;
import org.scfcodes.apierror.ApiErrorsDocument.ErrorDocument;
import org.scfcodes.apierror.ApiErrorsDocument.RemedyDocument;
import org.scfcodes.apierror.ApiErrorsDocument.SourceDocument;
import org.scfcodes.apierror.ApiErrorsDocument.StatusDocument;
import org.scfcodes.data.DataFileException;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;

import org.springframework.core.io.Resource;

/**
 * Reads the API error file strictly: an unknown field, a duplicate code, a missing description or translation, a
 * remedy without its source, or a dangling reference stops the load with the file and the entry named.
 */
public final class ApiErrorLoader {

	private static final Set<String> LANGUAGES = Set.of("en", "zh");

	private static final Set<String> WHY = Set.of("missing", "cut-short");

	private ApiErrorLoader() {
	}

	/** Loads and checks the API errors in the given resource. */
	public static ApiErrorCatalog load(Resource resource) {
		StrictYaml.Source file = StrictYaml.Source.of(resource);
		ApiErrorsDocument document = StrictYaml.read(file, ApiErrorsDocument.class);
		Check check = new Check(file.file());
		String version = check.text(document.version(), "version", "");
		Map<String, Source> sources = check.sources(check.require(document.sources(), "sources", ""));
		ApiErrorsDocument.DescriptionsDocument descriptions = check.require(document.descriptions(), "descriptions", "");
		check.lookup(sources, descriptions.en(), "descriptions.en", "");
		check.lookup(sources, descriptions.zh(), "descriptions.zh", "");
		List<ApiError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<ErrorDocument> documents = check.require(document.errors(), "errors", "");
		for (int i = 0; i < documents.size(); i++) {
			ErrorDocument error = documents.get(i);
			String at = "entry " + ((error.code() != null) ? error.code() : "errors[" + i + "]") + ": ";
			ApiError checked = check.error(error, sources, at);
			if (!seen.add(ApiErrorCatalog.key(checked.code()))) {
				throw check.fail(at, "duplicate code " + checked.code());
			}
			errors.add(checked);
		}
		return new ApiErrorCatalog(version + "+" + shortHash(file.bytes()), errors, sources);
	}

	private static String shortHash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The checks of one file, failing with the file and the entry named. */
	private record Check(String file) {

		ApiError error(ErrorDocument error, Map<String, Source> sources, String at) {
			String code = text(error.code(), "code", at).strip();
			for (String part : code.split("\\.", -1)) {
				if (part.isEmpty() || !part.chars().allMatch(Character::isLetterOrDigit)) {
					throw fail(at, "'code' must be dot-separated words of letters and digits");
				}
			}
			Map<String, String> translated = (error.translated() != null) ? error.translated() : Map.of();
			translated.forEach((language, why) -> {
				if (!LANGUAGES.contains(language) || !WHY.contains(why)) {
					throw fail(at, "'translated' maps en or zh to one of " + WHY);
				}
			});
			Text description = new Text(text(error.en(), "en", at).strip(), text(error.zh(), "zh", at).strip());
			List<ApiError.Remedy> remedies = new ArrayList<>();
			for (RemedyDocument remedy : (error.remedies() != null) ? error.remedies() : List.<RemedyDocument>of()) {
				List<ApiError.Citation> cites = new ArrayList<>();
				for (CitationDocument cite : require(remedy.cites(), "remedies.cites", at)) {
					cites.add(citation(cite, sources, "remedies.cites", at));
				}
				if (cites.isEmpty()) {
					throw fail(at, "a remedy needs the official text it rests on in 'cites'");
				}
				remedies.add(new ApiError.Remedy(translated(remedy.text(), "remedies.text", at), cites));
			}
			Text noRemedy = (error.noRemedy() != null) ? translated(error.noRemedy(), "no-remedy", at) : null;
			ApiError.Citation related = (error.related() != null) ? citation(error.related(), sources, "related", at) : null;
			if (related != null && noRemedy == null) {
				throw fail(at, "'related' goes with 'no-remedy'");
			}
			if (!remedies.isEmpty() && noRemedy != null) {
				throw fail(at, "give either 'remedies' or 'no-remedy', not both");
			}
			List<ApiError.StatusRelation> statuses = new ArrayList<>();
			for (StatusDocument status : (error.statuses() != null) ? error.statuses() : List.<StatusDocument>of()) {
				if (status.status() == null || status.status() < 100 || status.status() > 599) {
					throw fail(at, "'statuses.status' must be a number from 100 to 599");
				}
				statuses.add(new ApiError.StatusRelation(status.status(), text(status.name(), "statuses.name", at),
						translated(status.relation(), "statuses.relation", at)));
			}
			return new ApiError(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code, description,
					translated, remedies, noRemedy, related, (error.actions() != null) ? error.actions() : List.of(),
					statuses);
		}

		ApiError.Citation citation(CitationDocument cite, Map<String, Source> sources, String field, String at) {
			lookup(sources, cite.source(), field + ".source", at);
			Map<String, String> quote = require(cite.quote(), field + ".quote", at);
			if (quote.isEmpty() || !LANGUAGES.containsAll(quote.keySet())) {
				throw fail(at, "'" + field + ".quote' needs the official words in en or zh");
			}
			quote.values().forEach((words) -> text(words, field + ".quote", at));
			return new ApiError.Citation(cite.source(), quote);
		}

		Map<String, Source> sources(Map<String, SourceDocument> documents) {
			Map<String, Source> sources = new HashMap<>();
			documents.forEach((id, document) -> {
				String field = "sources." + id;
				String url = text(document.url(), field + ".url", "");
				if (!url.startsWith("https://")) {
					throw fail("", "'" + field + ".url' must be an https URL");
				}
				if (document.date() != null) {
					try {
						LocalDate.parse(document.date());
					}
					catch (DateTimeParseException ex) {
						throw fail("", "'" + field + ".date' must be a date such as 2026-05-20");
					}
				}
				sources.put(id, new Source(id, translated(document.title(), field + ".title", ""), url, document.date(),
						false, (document.about() != null) ? translated(document.about(), field + ".about", "") : null));
			});
			return sources;
		}

		<T> T lookup(Map<String, T> known, String id, String field, String at) {
			T value = known.get(id);
			if (value == null) {
				throw fail(at, "'" + field + "' names '" + id + "', which is not defined");
			}
			return value;
		}

		Text translated(Text text, String field, String at) {
			require(text, field, at);
			return new Text(text(text.en(), field + ".en", at).strip(), text(text.zh(), field + ".zh", at).strip());
		}

		String text(String value, String field, String at) {
			if (value == null || value.isBlank()) {
				throw fail(at, "missing or empty field '" + field + "'");
			}
			return value;
		}

		<T> T require(T value, String field, String at) {
			if (value == null) {
				throw fail(at, "missing field '" + field + "'");
			}
			return value;
		}

		DataFileException fail(String at, String message) {
			return new DataFileException(this.file + ": " + at + message);
		}

	}

}
