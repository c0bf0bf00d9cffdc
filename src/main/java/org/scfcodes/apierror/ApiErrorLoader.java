package org.scfcodes.apierror;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiErrorsDocument.CitationDocument;
import org.scfcodes.apierror.ApiErrorsDocument.ErrorDocument;
import org.scfcodes.data.DataFile;
import org.scfcodes.data.Fields;
import org.scfcodes.data.SourceDocument;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.text.Source;
import org.scfcodes.text.StatusNames;
import org.scfcodes.text.StatusNumber;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * Reads the API error file strictly: an unknown field, a duplicate code, a missing
 * description or translation, a remedy without its source, or a dangling reference stops
 * the load with the file and the entry named.
 */
public final class ApiErrorLoader {

	/**
	 * The API error file, embedded as {@code catalog/api-errors.yaml}, its statuses named
	 * by the status catalog of the moment.
	 */
	public static DataFile<ApiErrorCatalog> file(Supplier<? extends StatusNames> names) {
		return new DataFile<>("apiErrors", "classpath:catalog/api-errors.yaml", "codes",
				(resource) -> load(resource, names.get()));
	}

	private ApiErrorLoader() {
	}

	/**
	 * Loads and checks the API errors in the given resource, their statuses named as the
	 * status catalog names them.
	 */
	public static ApiErrorCatalog load(Resource resource, StatusNames names) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		ApiErrorsDocument document = StrictYaml.read(file, ApiErrorsDocument.class);
		Fields fields = new Fields(file.name());
		Map<String, Source> sources = SourceDocument.sources(document.sources());
		fields.lookup(sources, document.descriptions().en(), "descriptions.en", "");
		fields.lookup(sources, document.descriptions().zh(), "descriptions.zh", "");
		List<ApiError> errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < document.errors().size(); i++) {
			JsonNode node = document.errors().get(i);
			String entry = StrictYaml.entryName(StrictYaml.value(node, "code"), "errors", i);
			String at = "entry " + entry + ": ";
			ApiError error = error(StrictYaml.convert(file, entry, node, ErrorDocument.class), sources, names, fields,
					at);
			if (!seen.add(ApiErrorCatalog.key(error.code()))) {
				throw fields.fail(at, "duplicate code " + error.code());
			}
			errors.add(error);
		}
		List<RetiredApiError> retired = new ArrayList<>();
		for (ApiErrorsDocument.RetiredDocument entry : orEmpty(document.retired())) {
			String code = entry.code().strip();
			String at = "retired " + code + ": ";
			if (!seen.add(ApiErrorCatalog.key(code))) {
				throw fields.fail(at, "duplicate code " + code + " (a retired code is not a current one)");
			}
			List<RetiredApiError.Release> releases = entry.lastListed()
				.stream()
				.map((release) -> new RetiredApiError.Release(release.sdk(), release.version(), release.date(),
						release.droppedIn(), fields.lookup(sources, release.source(), "last-listed.source", at).id()))
				.toList();
			retired.add(new RetiredApiError(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code,
					entry.description().both(), entry.description().ownByLanguage(), releases));
		}
		return new ApiErrorCatalog(file.version(document.version(), statusNames(errors)), errors, retired, sources,
				Map.of("en", document.descriptions().en(), "zh", document.descriptions().zh()));
	}

	private static ApiError error(ErrorDocument error, Map<String, Source> sources, StatusNames names, Fields fields,
			String at) {
		String code = error.code().strip();
		List<ApiError.Remedy> remedies = new ArrayList<>();
		for (ApiErrorsDocument.RemedyDocument remedy : orEmpty(error.remedies())) {
			remedies.add(new ApiError.Remedy(remedy.text(),
					remedy.cites()
						.stream()
						.map((cite) -> citation(cite, sources, fields, "remedies.cites", at))
						.toList()));
		}
		ApiError.Citation related = (error.related() != null)
				? citation(error.related(), sources, fields, "related", at) : null;
		List<ApiError.StatusRelation> statuses = orEmpty(error.statuses()).stream()
			.map((status) -> new ApiError.StatusRelation(status.status().value(),
					name(names, status.status(), fields, "statuses.status", at), status.relation()))
			.toList();
		return new ApiError(code, code.contains(".") ? code.substring(0, code.indexOf('.')) : code,
				error.description().both(), error.description().ownByLanguage(), remedies, error.noRemedy(), related,
				orEmpty(error.actions()), statuses);
	}

	private static ApiError.Citation citation(CitationDocument cite, Map<String, Source> sources, Fields fields,
			String field, String at) {
		fields.lookup(sources, cite.source(), field + ".source", at);
		return new ApiError.Citation(cite.source(), cite.text().byLanguage());
	}

	/** The statuses the errors name, with their names, as part of the file's version. */
	private static String statusNames(List<ApiError> errors) {
		return errors.stream()
			.flatMap((error) -> error.statuses().stream())
			.map((status) -> status.status() + "=" + status.name())
			.distinct()
			.sorted()
			.collect(Collectors.joining(","));
	}

	/**
	 * The catalog's name of a status another file refers to, which must be in the
	 * catalog.
	 */
	static String name(StatusNames names, StatusNumber status, Fields fields, String field, String at) {
		return names.nameOf(status.value())
			.orElseThrow(() -> fields.fail(at,
					"'" + field + "' names " + status + ", which the status catalog does not have"));
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
