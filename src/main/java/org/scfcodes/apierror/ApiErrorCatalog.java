package org.scfcodes.apierror;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.scfcodes.data.DataContent;
import org.scfcodes.data.DataFileException;
import org.scfcodes.text.EditDistance;
import org.scfcodes.text.Source;
import org.scfcodes.text.StatusNames;

/**
 * An immutable, checked set of API error codes with the lookups the service offers: by code ignoring case, by class,
 * by the name a code shares with the invocation statuses, and by words in both languages.
 */
public final class ApiErrorCatalog implements DataContent {

	/** Longer input is not compared for "did you mean": no code is anywhere near this long. */
	private static final int MAX_COMPARED = 100;

	private final String version;

	private final List<ApiError> errors;

	private final Map<String, ApiError> byCode;

	private final Map<String, Source> sources;

	/** The searched texts of each code, lower-cased once, in the order of {@link #errors}. */
	private final List<Indexed> index;

	ApiErrorCatalog(String version, List<ApiError> errors, Map<String, Source> sources) {
		this.version = version;
		this.errors = errors.stream().sorted(Comparator.comparing(ApiError::code)).toList();
		Map<String, ApiError> byCode = new LinkedHashMap<>();
		this.errors.forEach((error) -> byCode.put(key(error.code()), error));
		this.byCode = Map.copyOf(byCode);
		this.sources = Map.copyOf(sources);
		this.index = this.errors.stream().map(Indexed::of).toList();
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

	/** The codes of a class (the part before the first dot), ignoring case. */
	public List<ApiError> ofClass(String errorClass) {
		String wanted = key(errorClass);
		return this.errors.stream().filter((error) -> key(error.errorClass()).equals(wanted)).toList();
	}

	/** The codes in which every word appears (code, descriptions, remedies), best matches first. */
	public List<ApiError> search(String query) {
		List<String> words = Arrays.stream(key(query).split("\\s+")).filter((word) -> !word.isEmpty()).distinct().toList();
		if (words.isEmpty()) {
			return List.of();
		}
		record Hit(ApiError error, int score) {
		}
		List<Hit> hits = new ArrayList<>();
		for (Indexed entry : this.index) {
			int score = entry.score(words);
			if (score > 0) {
				hits.add(new Hit(entry.error(), score));
			}
		}
		hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing((hit) -> hit.error().code()));
		return hits.stream().map(Hit::error).toList();
	}

	/** The known codes closest to a misspelt one, for "did you mean". */
	public List<String> nearest(String code, int limit) {
		String wanted = key(code);
		if (wanted.isEmpty() || wanted.length() > MAX_COMPARED) {
			return List.of();
		}
		record Distance(String code, int distance) {
		}
		return this.index.stream()
			.map((entry) -> new Distance(entry.error().code(), EditDistance.between(wanted, entry.code())))
			.sorted(Comparator.comparingInt(Distance::distance).thenComparing(Distance::code))
			.limit(limit)
			.map(Distance::code)
			.toList();
	}

	/** Refuses a status catalog without a status an error relates to: the errors name their statuses by it. */
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

	/** One code's searched texts, lower-cased once: its spelling, its descriptions, its remedies. */
	private record Indexed(ApiError error, String code, String descriptions, String remedies) {

		static Indexed of(ApiError error) {
			return new Indexed(error, key(error.code()), key(error.description().en() + "\n" + error.description().zh()),
					key(String.join("\n", error.remedies()
						.stream()
						.flatMap((remedy) -> Stream.of(remedy.text().en(), remedy.text().zh()))
						.toList())));
		}

		/** Weighs a match in the code over one in a description over one in a remedy; 0 when a word is missing. */
		int score(List<String> words) {
			int total = 0;
			for (String word : words) {
				int best = this.code.contains(word) ? 4 : this.descriptions.contains(word) ? 2
						: this.remedies.contains(word) ? 1 : 0;
				if (best == 0) {
					return 0;
				}
				total += best;
			}
			return total;
		}

	}

	static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

}
