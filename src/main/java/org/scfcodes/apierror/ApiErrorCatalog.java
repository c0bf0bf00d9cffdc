package org.scfcodes.apierror;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scfcodes.data.DataContent;
import org.scfcodes.data.DataFileException;
import org.scfcodes.text.Keys;
import org.scfcodes.text.Source;
import org.scfcodes.text.StatusNames;
import org.scfcodes.text.Suggestions;
import org.scfcodes.text.WordSearch;

/**
 * An immutable, checked set of API error codes with the lookups the service offers: by
 * code ignoring case, by class, by the name a code shares with the invocation statuses,
 * and by words in both languages.
 */
public final class ApiErrorCatalog implements DataContent {

	private final String version;

	private final List<ApiError> errors;

	private final Map<String, ApiError> byCode;

	private final Map<String, Source> sources;

	private final Map<String, String> descriptions;

	private final List<RetiredApiError> retired;

	private final Map<String, RetiredApiError> retiredByCode;

	private final Set<String> classes;

	/**
	 * A match in the code weighs more than one in a description, which weighs more than
	 * one in a remedy.
	 */
	private final WordSearch<ApiError> search;

	ApiErrorCatalog(String version, List<ApiError> errors, List<RetiredApiError> retired, Map<String, Source> sources,
			Map<String, String> descriptions) {
		this.version = version;
		this.descriptions = Map.copyOf(descriptions);
		this.errors = errors.stream().sorted(Comparator.comparing(ApiError::code)).toList();
		Map<String, ApiError> byCode = new LinkedHashMap<>();
		this.errors.forEach((error) -> byCode.put(key(error.code()), error));
		this.byCode = Map.copyOf(byCode);
		this.retired = retired.stream().sorted(Comparator.comparing(RetiredApiError::code)).toList();
		Map<String, RetiredApiError> retiredByCode = new LinkedHashMap<>();
		this.retired.forEach((error) -> retiredByCode.put(key(error.code()), error));
		this.retiredByCode = Map.copyOf(retiredByCode);
		this.classes = this.errors.stream().map(ApiError::errorClass).collect(Collectors.toUnmodifiableSet());
		this.sources = Map.copyOf(sources);
		this.search = new WordSearch<>(this.errors, (error) -> List.of(Stream.of(error.code()),
				Stream.of(error.description().en(), error.description().zh()),
				error.remedies().stream().flatMap((remedy) -> Stream.of(remedy.text().en(), remedy.text().zh()))),
				new int[] { 4, 2, 1 }, Comparator.comparing(ApiError::code));
	}

	/** The version of the catalog, changing whenever its file does. */
	@Override
	public String version() {
		return this.version;
	}

	@Override
	public int size() {
		return this.errors.size();
	}

	/** Every code, in the order of its spelling. */
	public List<ApiError> all() {
		return this.errors;
	}

	/** The code spelt so, ignoring case and surrounding spaces. */
	public Optional<ApiError> find(String code) {
		return Optional.ofNullable(this.byCode.get(key(code)));
	}

	/**
	 * The code as the catalog spells it, current or retired, for a spelling that matches
	 * it ignoring case.
	 */
	public Optional<String> spelling(String code) {
		return find(code).map(ApiError::code).or(() -> retired(code).map(RetiredApiError::code));
	}

	/** A code older SDK releases listed and the current ones do not, ignoring case. */
	public Optional<RetiredApiError> retired(String code) {
		return Optional.ofNullable(this.retiredByCode.get(key(code)));
	}

	/** Every retired code, in the order of its spelling. */
	public List<RetiredApiError> allRetired() {
		return this.retired;
	}

	/** Whether a current code has this class (the part before the first dot), exactly. */
	public boolean isClass(String errorClass) {
		return this.classes.contains(errorClass);
	}

	/** The codes of a class (the part before the first dot), ignoring case. */
	public List<ApiError> ofClass(String errorClass) {
		String wanted = key(errorClass);
		return this.errors.stream().filter((error) -> key(error.errorClass()).equals(wanted)).toList();
	}

	/**
	 * The codes in which every word appears (code, descriptions, remedies), best matches
	 * first.
	 */
	public List<ApiError> search(String query) {
		return this.search.search(query);
	}

	/** The known codes closest to a misspelt one, for "did you mean". */
	public List<String> nearest(String code, int limit) {
		return Suggestions.nearest(code, this.errors.stream().map(ApiError::code).toList(), limit);
	}

	/**
	 * Refuses a status catalog without a status an error relates to: the errors name
	 * their statuses by it.
	 */
	public void requireStatusesIn(StatusNames names) {
		for (ApiError error : this.errors) {
			for (ApiError.StatusRelation status : error.statuses()) {
				if (names.nameOf(status.status()).isEmpty()) {
					throw new DataFileException("lacks status " + status.status() + ", which the API error "
							+ error.code() + " relates to");
				}
			}
		}
	}

	/** The pages the catalog quotes, by key. */
	public Map<String, Source> sources() {
		return this.sources;
	}

	/**
	 * The page the descriptions of a language are taken from, as the file's
	 * {@code descriptions} names it.
	 * @param language {@code en} or {@code zh}
	 */
	public Source descriptionSource(String language) {
		return this.sources.get(this.descriptions.get(language));
	}

	static String key(String text) {
		return Keys.of(text);
	}

}
