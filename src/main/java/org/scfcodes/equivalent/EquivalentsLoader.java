package org.scfcodes.equivalent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scfcodes.data.DataFile;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.equivalent.EquivalentsDocument.EquivalentDocument;
import org.scfcodes.equivalent.EquivalentsDocument.FigureDocument;
import org.scfcodes.equivalent.EquivalentsDocument.RetryDocument;
import org.scfcodes.equivalent.EquivalentsDocument.SightingDocument;
import org.scfcodes.equivalent.EquivalentsDocument.UnmatchedDocument;
import org.scfcodes.text.StatusNames;
import org.scfcodes.text.StatusNumber;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * Reads the equivalents file strictly: an unknown field, a fact without a source, a
 * source without an https address, an approximate match without its difference, a status
 * listed twice for a platform, or a dangling reference stops the load with the file and
 * the entry named.
 */
public final class EquivalentsLoader {

	/**
	 * The equivalents file, embedded as {@code catalog/equivalents.yaml}, its statuses
	 * named by the status catalog of the moment.
	 */
	public static DataFile<Equivalents> file(Supplier<? extends StatusNames> names) {
		return new DataFile<>("equivalents", "classpath:catalog/equivalents.yaml", "entries",
				(resource) -> load(resource, names.get()));
	}

	private EquivalentsLoader() {
	}

	/**
	 * Loads and checks the equivalents in the given resource, their statuses named as the
	 * status catalog names them.
	 */
	public static Equivalents load(Resource resource, StatusNames names) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		EquivalentsDocument document = StrictYaml.read(file, EquivalentsDocument.class);
		References references = new References(new Fields(file.name()), sources(document), names);
		Map<String, Platform> platforms = new LinkedHashMap<>();
		document.platforms()
			.forEach((id, platform) -> platforms.put(id, new Platform(id, platform.name().strip(), platform.reports(),
					references.source(platform.source(), "source", "platforms." + id + ": "))));
		Set<String> listed = new HashSet<>();
		List<Equivalent> entries = new ArrayList<>();
		for (int i = 0; i < document.equivalents().size(); i++) {
			JsonNode node = document.equivalents().get(i);
			String entry = entryName(node, "equivalents", i);
			String at = "entry " + entry + ": ";
			Equivalent equivalent = references.entry(StrictYaml.convert(file, entry, node, EquivalentDocument.class),
					platforms, at);
			if (!listed.add(equivalent.status() + " " + equivalent.platform())) {
				throw references.fields().fail(at, "listed twice for this platform");
			}
			entries.add(equivalent);
		}
		List<Unmatched> unmatched = new ArrayList<>();
		List<JsonNode> nodes = (document.unmatched() != null) ? document.unmatched() : List.of();
		for (int i = 0; i < nodes.size(); i++) {
			String entry = entryName(nodes.get(i), "unmatched", i);
			String at = "unmatched " + entry + ": ";
			UnmatchedDocument none = StrictYaml.convert(file, entry, nodes.get(i), UnmatchedDocument.class);
			references.fields().lookup(platforms, none.platform(), "platform", at);
			if (!listed.add(none.status() + " " + none.platform())) {
				throw references.fields().fail(at, "a status is either an equivalent or unmatched on a platform, once");
			}
			unmatched.add(new Unmatched(none.status().value(), references.name(none.status(), at), none.platform(),
					none.why(), references.source(none.source(), "source", at)));
		}
		List<RetryComparison> retries = new ArrayList<>();
		List<RetryDocument> retryDocuments = (document.retries() != null) ? document.retries() : List.of();
		for (int i = 0; i < retryDocuments.size(); i++) {
			RetryDocument retry = retryDocuments.get(i);
			String at = "retries[" + i + "]: ";
			references.fields().lookup(platforms, retry.platform(), "platform", at);
			retries.add(new RetryComparison(retry.platform(),
					retry.statuses().stream().map(StatusNumber::value).toList(), Map.copyOf(retry.text().byLanguage()),
					retry.about(), references.source(retry.source(), "source", at)));
		}
		entries.sort((a, b) -> Integer.compare(a.status(), b.status()));
		String resolved = Stream
			.concat(entries.stream().map((entry) -> entry.status() + "=" + entry.name()),
					unmatched.stream().map((none) -> none.status() + "=" + none.name()))
			.distinct()
			.sorted()
			.collect(Collectors.joining(","));
		return new Equivalents(file.version(document.version(), resolved), Collections.unmodifiableMap(platforms),
				references.sources(), entries, unmatched, retries);
	}

	private static String entryName(JsonNode node, String list, int index) {
		String status = StrictYaml.value(node, "status");
		String platform = StrictYaml.value(node, "platform");
		return StrictYaml.entryName((status != null && platform != null) ? status + " on " + platform : status, list,
				index);
	}

	private static Map<String, Reference> sources(EquivalentsDocument document) {
		Map<String, Reference> sources = new LinkedHashMap<>();
		document.sources()
			.forEach((id, source) -> sources.put(id, new Reference(id, source.title().strip(), source.url(),
					source.publisher(), (source.date() != null) ? source.date().toString() : null, source.about())));
		return Map.copyOf(sources);
	}

	/**
	 * The file's pass over what crosses its entries: the platforms and pages they name,
	 * the matches they narrow.
	 */
	private record References(Fields fields, Map<String, Reference> sources, StatusNames names) {

		/**
		 * The catalog's name of a status the file refers to, which must be in the
		 * catalog.
		 */
		String name(StatusNumber status, String at) {
			return this.names.nameOf(status.value())
				.orElseThrow(() -> this.fields.fail(at,
						"'status' names " + status + ", which the status catalog does not have"));
		}

		String source(String id, String field, String at) {
			return this.fields.lookup(this.sources, id, field, at).id();
		}

		Equivalent entry(EquivalentDocument entry, Map<String, Platform> platforms, String at) {
			this.fields.lookup(platforms, entry.platform(), "platform", at);
			List<Equivalent.Sighting> sees = new ArrayList<>();
			for (SightingDocument sighting : entry.sees()) {
				if (sighting.match() != null && (sighting.match().equals(entry.match())
						|| !Equivalent.Sighting.IDENTIFIERS.contains(sighting.kind()))) {
					throw this.fields.fail(at, "'sees.match' only narrows an exact entry's identifier to approximate");
				}
				sees.add(new Equivalent.Sighting(sighting.kind(), sighting.value().strip(),
						source(sighting.source(), "sees.source", at), sighting.match(), sighting.note()));
			}
			List<Equivalent.Limit> limits = ((entry.limits() != null) ? entry.limits()
					: List.<EquivalentsDocument.LimitDocument>of())
				.stream()
				.map((limit) -> new Equivalent.Limit(limit.what(), figure(limit.scf()),
						new Equivalent.Figure(limit.there().value(), limit.there().unit(),
								source(limit.there().source(), "limits.there.source", at)),
						limit.note()))
				.toList();
			return new Equivalent(entry.status().value(), name(entry.status(), at), entry.platform(), entry.match(),
					entry.difference(), sees, limits);
		}

		/** SCF's own figure, whose source is a key of the status catalog's sources. */
		private static Equivalent.Figure figure(FigureDocument figure) {
			return new Equivalent.Figure(figure.value(), figure.unit(), figure.source());
		}

	}

}
