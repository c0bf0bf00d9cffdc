package org.scfcodes.equivalent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.scfcodes.data.DataContent;
import org.scfcodes.data.DataFileException;
import org.scfcodes.text.Keys;
import org.scfcodes.text.StatusNames;
import org.scfcodes.text.Suggestions;
import org.scfcodes.text.Text;

/**
 * The equivalents as loaded and checked: looked up by SCF status, or by what a platform
 * calls an error.
 */
public final class Equivalents implements DataContent {

	private static final Text NONE_CITED = new Text("No equivalent on this platform is cited.", "未找到此平台上有出处的对应错误。");

	private final String version;

	private final Map<String, Platform> platforms;

	private final Map<String, Reference> sources;

	private final List<Equivalent> entries;

	private final List<Unmatched> unmatched;

	private final List<RetryComparison> retries;

	Equivalents(String version, Map<String, Platform> platforms, Map<String, Reference> sources,
			List<Equivalent> entries, List<Unmatched> unmatched, List<RetryComparison> retries) {
		this.version = version;
		this.platforms = platforms;
		this.sources = sources;
		this.entries = List.copyOf(entries);
		this.unmatched = List.copyOf(unmatched);
		this.retries = List.copyOf(retries);
	}

	/** The declared version and a hash of the file. */
	@Override
	public String version() {
		return this.version;
	}

	@Override
	public int size() {
		return this.entries.size();
	}

	/** The platforms, in the file's order. */
	public Map<String, Platform> platforms() {
		return this.platforms;
	}

	/** Every page cited, by key. */
	public Map<String, Reference> sources() {
		return this.sources;
	}

	/** Every entry, by status and then in the file's order. */
	public List<Equivalent> all() {
		return this.entries;
	}

	/** The platforms checked without a cited equivalent, with why. */
	public List<Unmatched> unmatched() {
		return this.unmatched;
	}

	/** The retry policies set beside SCF's. */
	public List<RetryComparison> retries() {
		return this.retries;
	}

	/**
	 * Refuses a status catalog without a status an entry names: the entries name their
	 * statuses by it.
	 */
	public void requireStatusesIn(StatusNames names) {
		Stream.concat(this.entries.stream().map(Equivalent::status), this.unmatched.stream().map(Unmatched::status))
			.filter((status) -> names.nameOf(status).isEmpty())
			.findFirst()
			.ifPresent((status) -> {
				throw new DataFileException("lacks status " + status + ", which the equivalents name");
			});
	}

	public Optional<Platform> platform(String id) {
		return Optional.ofNullable(this.platforms.get(Keys.of(id)));
	}

	/**
	 * Everything known of one status on the other platforms: every platform appears, with
	 * its equivalents or with why it has none.
	 */
	public StatusEquivalents of(int status, String name) {
		List<Equivalent> found = this.entries.stream().filter((entry) -> entry.status() == status).toList();
		List<Unmatched> none = new ArrayList<>();
		for (Platform platform : this.platforms.values()) {
			if (found.stream().noneMatch((entry) -> entry.platform().equals(platform.id()))) {
				none.add(this.unmatched.stream()
					.filter((checked) -> checked.status() == status && checked.platform().equals(platform.id()))
					.findFirst()
					.orElse(new Unmatched(status, name, platform.id(), NONE_CITED, null)));
			}
		}
		List<RetryComparison> compared = this.retries.stream()
			.filter((retry) -> retry.statuses().contains(status))
			.toList();
		Set<String> cited = new LinkedHashSet<>();
		this.platforms.values().forEach((platform) -> cited.add(platform.source()));
		found.forEach((entry) -> cited.addAll(citedBy(entry)));
		none.stream().map(Unmatched::source).filter((source) -> source != null).forEach(cited::add);
		compared.forEach((retry) -> cited.add(retry.source()));
		return new StatusEquivalents(this.version, found, none, compared, this.platforms, select(cited));
	}

	/**
	 * The SCF statuses a platform's error identifier matches, ignoring case and
	 * surrounding spaces; on every platform when none is named.
	 */
	public List<Match> find(@Nullable String platform, String error) {
		String wanted = error.strip();
		List<Match> matches = new ArrayList<>();
		for (Equivalent entry : this.entries) {
			if (platform != null && !entry.platform().equals(platform)) {
				continue;
			}
			for (Equivalent.Sighting sighting : entry.identifiers()) {
				if (sighting.value().equalsIgnoreCase(wanted)) {
					String match = (sighting.match() != null) ? sighting.match() : entry.match();
					matches.add(new Match(entry, sighting, match));
				}
			}
		}
		return matches;
	}

	/** The pages an answer of matches cites. */
	public Map<String, Reference> sourcesOf(List<Match> matches) {
		Set<String> cited = new LinkedHashSet<>();
		matches.forEach((match) -> cited.addAll(citedBy(match.entry())));
		matches.forEach((match) -> cited.add(this.platforms.get(match.entry().platform()).source()));
		return select(cited);
	}

	/**
	 * The identifiers known on a platform (on every platform when none is named), sorted.
	 */
	public List<String> identifiers(@Nullable String platform) {
		return this.entries.stream()
			.filter((entry) -> platform == null || entry.platform().equals(platform))
			.flatMap((entry) -> entry.identifiers().stream())
			.map(Equivalent.Sighting::value)
			.distinct()
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/** The known identifiers nearest to one that is not known. */
	public List<String> nearest(@Nullable String platform, String error, int limit) {
		return Suggestions.nearest(error, identifiers(platform), limit);
	}

	private static Set<String> citedBy(Equivalent entry) {
		Set<String> cited = new LinkedHashSet<>();
		entry.sees().forEach((sighting) -> cited.add(sighting.source()));
		entry.limits().forEach((limit) -> cited.add(limit.there().source()));
		return cited;
	}

	private Map<String, Reference> select(Set<String> ids) {
		Map<String, Reference> selected = new LinkedHashMap<>();
		ids.forEach((id) -> selected.put(id, this.sources.get(id)));
		return selected;
	}

	/**
	 * One SCF status found from a platform's identifier.
	 *
	 * @param entry the equivalent the identifier belongs to
	 * @param sighting the identifier as its source writes it
	 * @param match how closely it matches: the identifier's own, or else the entry's
	 */
	public record Match(Equivalent entry, Equivalent.Sighting sighting, String match) {
	}

}
