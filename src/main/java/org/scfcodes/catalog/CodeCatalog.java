package org.scfcodes.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scfcodes.data.DataContent;
import org.scfcodes.text.Keys;
import org.scfcodes.text.StatusNames;
import org.scfcodes.text.Suggestions;
import org.scfcodes.text.WordSearch;

/**
 * An immutable, checked set of status codes with the lookups the service offers.
 */
public final class CodeCatalog implements DataContent, StatusNames {

	private final String version;

	private final List<StatusCode> codes;

	private final Map<Integer, StatusCode> byStatus;

	private final Map<String, List<StatusCode>> byName;

	private final WordSearch<StatusCode> search;

	CodeCatalog(String version, List<StatusCode> codes) {
		this.version = version;
		this.codes = codes.stream().sorted(Comparator.comparingInt(StatusCode::status)).toList();
		this.byStatus = this.codes.stream()
			.collect(Collectors.toMap(StatusCode::status, (code) -> code, (a, b) -> a, TreeMap::new));
		Map<String, List<StatusCode>> names = new LinkedHashMap<>();
		for (StatusCode code : this.codes) {
			names.merge(Keys.of(code.name()), List.of(code), CodeCatalog::concat);
			code.aliases().forEach((alias) -> names.merge(Keys.of(alias), List.of(code), CodeCatalog::concat));
		}
		this.byName = Map.copyOf(names);
		this.search = CatalogSearch.of(this.codes);
	}

	/** The version of the catalog, changing whenever its content does. */
	@Override
	public String version() {
		return this.version;
	}

	@Override
	public int size() {
		return this.codes.size();
	}

	/** Every code, by status. */
	public List<StatusCode> all() {
		return this.codes;
	}

	public Optional<StatusCode> find(int status) {
		return Optional.ofNullable(this.byStatus.get(status));
	}

	@Override
	public Optional<String> nameOf(int status) {
		return find(status).map(StatusCode::name);
	}

	/**
	 * The codes whose name or an alias is the given name, ignoring case and surrounding
	 * spaces.
	 */
	public List<StatusCode> findByName(String name) {
		return this.byName.getOrDefault(Keys.of(name), List.of());
	}

	/** The codes in which every word of the query appears, best matches first. */
	public List<StatusCode> search(String query) {
		return this.search.search(query);
	}

	/** The known codes numerically nearest to a status. */
	public List<CodeRef> nearest(int status, int limit) {
		return this.codes.stream()
			.sorted(Comparator.comparingInt((StatusCode code) -> Math.abs(code.status() - status))
				.thenComparingInt(StatusCode::status))
			.limit(limit)
			.map(StatusCode::ref)
			.toList();
	}

	/** Names close to the given one, for "did you mean". */
	public List<CodeRef> similarNames(String name, int limit) {
		return Suggestions.close(name, this.byName.keySet())
			.stream()
			.flatMap((key) -> this.byName.get(key).stream())
			.map(StatusCode::ref)
			.distinct()
			.limit(limit)
			.toList();
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
