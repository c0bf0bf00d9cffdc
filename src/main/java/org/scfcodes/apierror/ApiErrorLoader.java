package org.scfcodes.apierror;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scfcodes.apierror.ApiErrorsDocument.CitationDocument;
import org.scfcodes.apierror.ApiErrorsDocument.ErrorDocument;
import org.scfcodes.apierror.ApiErrorsDocument.RemedyDocument;
import org.scfcodes.apierror.ApiErrorsDocument.SourceDocument;
import org.scfcodes.apierror.ApiErrorsDocument.StatusDocument;
import org.scfcodes.data.DataFile;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.Source;
import org.scfcodes.text.Text;

import org.springframework.core.io.Resource;

/**
 * Reads the API error file strictly: an unknown field, a duplicate code, a missing description or translation, a
 * remedy without its source, or a dangling reference stops the load with the file and the entry named.
 */
public final class ApiErrorLoader {

	/** The API error file, embedded as {@code catalog/api-errors.yaml}. */
	public static final DataFile<ApiErrorCatalog> FILE = new DataFile<>("apiErrors",
			"classpath:catalog/api-errors.yaml", "codes", ApiErrorLoader::load);

	private static final Set<String> WHY = Set.of("missing", "cut-short");

	private ApiErrorLoader() {
	}

	/** Loads and checks the API errors in the given resource. */
	public static ApiErrorCatalog load(Resource resource) {
		StrictYaml.Source file = StrictYaml.Source.of(resource);
		ApiErrorsDocument document = StrictYaml.read(file, ApiErrorsDocument.class);
		Fields fields = new Fields(file.file());
		Check check = new Check(fields);
		String version = fields.text(document.version(), "version", "");
		Map<String, Source> sources = check.sources(fields.require(document.sources(), "sources", ""));
		ApiErrorsDocument.DescriptionsDocument descriptions = fields.require(document.descriptions(), "descriptions", "");
		fields.lookup(sources, descriptions.en(), "descriptions.en", "");
		fields.lookup(sources, descriptions.zh(), "descriptions.zh", "");
		List<ApiError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<ErrorDocument> documents = fields.require(document.errors(), "errors", "");
		for (int i = 0; i < documents.size(); i++) {
			ErrorDocument error = documents.get(i);
			String at = "entry " + ((error.code() != null) ? error.code() : "errors[" + i + "]") + ": ";
			ApiError checked = check.error(error, sources, at);
			if (!seen.add(ApiErrorCatalog.key(checked.code()))) {
				throw fields.fail(at, "duplicate code " + checked.code());
			}
			errors.add(checked);
		}
		return new ApiErrorCatalog(file.version(version), errors, sources);
	}

	/** The checks of one file, failing with the file and the entry named. */
	private record Check(Fields fields) {

		ApiError error(ErrorDocument error, Map<String, Source> sources, String at) {
			String code = this.fields.text(error.code(), "code", at).strip();
			for (String part : code.split("\\.", -1)) {
				if (part.isEmpty() || !part.chars().allMatch(Character::isLetterOrDigit)) {
					throw this.fields.fail(at, "'code' must be dot-separated words of letters and digits");
				}
			}
			Map<String, String> translated = (error.translated() != null) ? error.translated() : Map.of();
			translated.forEach((language, why) -> {
				if (!Fields.LANGUAGES.contains(language) || !WHY.contains(why)) {
					throw this.fields.fail(at, "'translated' maps en or zh to one of " + WHY);
				}
			});
			Text description = new Text(this.fields.text(error.en(), "en", at).strip(),
					this.fields.text(error.zh(), "zh", at).strip());
			List<ApiError.Remedy> remedies = new ArrayList<>();
			for (RemedyDocument remedy : (error.remedies() != null) ? error.remedies() : List.<RemedyDocument>of()) {
				List<ApiError.Citation> cites = new ArrayList<>();
				for (CitationDocument cite : this.fields.require(remedy.cites(), "remedies.cites", at)) {
					cites.add(citation(cite, sources, "remedies.cites", at));
				}
				if (cites.isEmpty()) {
					throw this.fields.fail(at, "a remedy needs the official text it rests on in 'cites'");
				}
				remedies.add(new ApiError.Remedy(this.fields.translated(remedy.text(), "remedies.text", at), cites));
			}
			Text noRemedy = (error.noRemedy() != null) ? this.fields.translated(error.noRemedy(), "no-remedy", at) : null;
			ApiError.Citation related = (error.related() != null) ? citation(error.related(), sources, "related", at) : null;
			if (related != null && noRemedy == null) {
				throw this.fields.fail(at, "'related' goes with 'no-remedy'");
			}
			if (!remedies.isEmpty() && noRemedy != null) {
				throw this.fields.fail(at, "give either 'remedies' or 'no-remedy', not both");
			}
			List<ApiError.StatusRelation> statuses = new ArrayList<>();
			for (StatusDocument status : (error.statuses() != null) ? error.statuses() : List.<StatusDocument>of()) {
				if (status.status() == null || status.status() < 100 || status.status() > 599) {
					throw this.fields.fail(at, "'statuses.status' must be a number from 100 to 599");
				}
				statuses.add(new ApiError.StatusRelation(status.status(), this.fields.text(status.name(), "statuses.name", at),
						this.fields.translated(status.relation(), "statuses.relation", at)));
			}
			return new ApiError(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code, description,
					translated, remedies, noRemedy, related, (error.actions() != null) ? error.actions() : List.of(),
					statuses);
		}

		ApiError.Citation citation(CitationDocument cite, Map<String, Source> sources, String field, String at) {
			this.fields.lookup(sources, cite.source(), field + ".source", at);
			Map<String, String> quote = this.fields.require(cite.quote(), field + ".quote", at);
			if (quote.isEmpty() || !Fields.LANGUAGES.containsAll(quote.keySet())) {
				throw this.fields.fail(at, "'" + field + ".quote' needs the official words in en or zh");
			}
			quote.values().forEach((words) -> this.fields.text(words, field + ".quote", at));
			return new ApiError.Citation(cite.source(), quote);
		}

		Map<String, Source> sources(Map<String, SourceDocument> documents) {
			Map<String, Source> sources = new HashMap<>();
			documents.forEach((id, document) -> {
				String field = "sources." + id;
				String url = this.fields.url(document.url(), field + ".url", "");
				this.fields.date(document.date(), field + ".date", "");
				Text about = (document.about() != null) ? this.fields.translated(document.about(), field + ".about", "") : null;
				sources.put(id, new Source(id, this.fields.translated(document.title(), field + ".title", ""), url,
						document.date(), false, about));
			});
			return sources;
		}

	}

}
