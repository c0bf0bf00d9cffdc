package org.scfcodes.equivalent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scfcodes.data.DataFile;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.equivalent.EquivalentsDocument.EquivalentDocument;
import org.scfcodes.equivalent.EquivalentsDocument.FigureDocument;
import org.scfcodes.equivalent.EquivalentsDocument.LimitDocument;
import org.scfcodes.equivalent.EquivalentsDocument.PlatformDocument;
import org.scfcodes.equivalent.EquivalentsDocument.RetryDocument;
import org.scfcodes.equivalent.EquivalentsDocument.SightingDocument;
import org.scfcodes.equivalent.EquivalentsDocument.SourceDocument;
import org.scfcodes.equivalent.EquivalentsDocument.UnmatchedDocument;
import org.scfcodes.text.Text;

import org.springframework.core.io.Resource;

/**
 * Reads the equivalents file strictly: an unknown field, a fact without a source, a source without an https address,
 * an approximate match without its difference, a status listed twice for a platform, or a dangling reference stops
 * the load with the file and the entry named.
 */
public final class EquivalentsLoader {

	/** The equivalents file, embedded as {@code catalog/equivalents.yaml}. */
	public static final DataFile<Equivalents> FILE = new DataFile<>("equivalents",
			"classpath:catalog/equivalents.yaml", "entries", EquivalentsLoader::load);

	private static final Set<String> MATCHES = Set.of("exact", "approximate");

	private static final Set<String> PUBLISHERS = Set.of("official", "third-party");

	private EquivalentsLoader() {
	}

	/** Loads and checks the equivalents in the given resource. */
	public static Equivalents load(Resource resource) {
		StrictYaml.Source file = StrictYaml.Source.of(resource);
		EquivalentsDocument document = StrictYaml.read(file, EquivalentsDocument.class);
		Check check = new Check(new Fields(file.file()));
		String version = check.fields().text(document.version(), "version", "");
		Map<String, Reference> sources = check.sources(check.fields().require(document.sources(), "sources", ""));
		Map<String, Platform> platforms = check.platforms(check.fields().require(document.platforms(), "platforms", ""),
				sources);
		Set<String> listed = new HashSet<>();
		List<Equivalent> entries = new ArrayList<>();
		for (EquivalentDocument entry : check.fields().require(document.equivalents(), "equivalents", "")) {
			Equivalent checked = check.entry(entry, platforms, sources);
			if (!listed.add(checked.status() + " " + checked.platform())) {
				throw check.fields().fail(at(entry.status(), entry.platform()), "listed twice for this platform");
			}
			entries.add(checked);
		}
		List<Unmatched> unmatched = new ArrayList<>();
		for (UnmatchedDocument none : (document.unmatched() != null) ? document.unmatched() : List.<UnmatchedDocument>of()) {
			Unmatched checked = check.unmatched(none, platforms, sources);
			if (!listed.add(checked.status() + " " + checked.platform())) {
				throw check.fields().fail(at(none.status(), none.platform()),
						"a status is either an equivalent or unmatched on a platform, once");
			}
			unmatched.add(checked);
		}
		List<RetryComparison> retries = new ArrayList<>();
		List<RetryDocument> retryDocuments = (document.retries() != null) ? document.retries() : List.of();
		for (int i = 0; i < retryDocuments.size(); i++) {
			retries.add(check.retry(retryDocuments.get(i), "retries[" + i + "]: ", platforms, sources));
		}
		entries.sort((a, b) -> Integer.compare(a.status(), b.status()));
		return new Equivalents(file.version(version), platforms, sources, entries, unmatched, retries);
	}

	private static String at(Integer status, String platform) {
		return "entry " + status + " on " + platform + ": ";
	}

	/** The checks of one file, failing with the file and the entry named. */
	private record Check(Fields fields) {

		Map<String, Reference> sources(Map<String, SourceDocument> documents) {
			Map<String, Reference> sources = new LinkedHashMap<>();
			documents.forEach((id, document) -> {
				String at = "sources." + id + ": ";
				String publisher = this.fields.text(document.publisher(), "publisher", at);
				if (!PUBLISHERS.contains(publisher)) {
					throw this.fields.fail(at, "'publisher' must be one of " + PUBLISHERS);
				}
				Text about = (document.about() != null) ? this.fields.translated(document.about(), "about", at) : null;
				sources.put(id, new Reference(id, this.fields.text(document.title(), "title", at).strip(),
						this.fields.url(document.url(), "url", at), publisher,
						this.fields.date(document.date(), "date", at), about));
			});
			return Map.copyOf(sources);
		}

		Map<String, Platform> platforms(Map<String, PlatformDocument> documents, Map<String, Reference> sources) {
			Map<String, Platform> platforms = new LinkedHashMap<>();
			documents.forEach((id, document) -> {
				String at = "platforms." + id + ": ";
				if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
					throw this.fields.fail(at, "a platform's key is lower-case words joined by '-'");
				}
				this.fields.lookup(sources, document.source(), "source", at);
				platforms.put(id, new Platform(id, this.fields.text(document.name(), "name", at).strip(),
						this.fields.translated(document.reports(), "reports", at), document.source()));
			});
			return java.util.Collections.unmodifiableMap(platforms);
		}

		Equivalent entry(EquivalentDocument entry, Map<String, Platform> platforms, Map<String, Reference> sources) {
			String at = at(entry.status(), entry.platform());
			int status = status(entry.status(), at);
			this.fields.lookup(platforms, entry.platform(), "platform", at);
			String match = match(entry.match(), "match", at);
			Text difference = (entry.difference() != null)
					? this.fields.translated(entry.difference(), "difference", at) : null;
			if (match.equals("approximate") && difference == null) {
				throw this.fields.fail(at, "an approximate match states its 'difference'");
			}
			List<Equivalent.Sighting> sees = new ArrayList<>();
			for (SightingDocument sighting : this.fields.require(entry.sees(), "sees", at)) {
				sees.add(sighting(sighting, match, sources, at));
			}
			if (sees.isEmpty()) {
				throw this.fields.fail(at, "'sees' names at least one thing a user sees on the platform");
			}
			List<Equivalent.Limit> limits = new ArrayList<>();
			for (LimitDocument limit : (entry.limits() != null) ? entry.limits() : List.<LimitDocument>of()) {
				limits.add(new Equivalent.Limit(this.fields.translated(limit.what(), "limits.what", at),
						figure(limit.scf(), null, "limits.scf", at), figure(limit.there(), sources, "limits.there", at),
						(limit.note() != null) ? this.fields.translated(limit.note(), "limits.note", at) : null));
			}
			return new Equivalent(status, this.fields.text(entry.name(), "name", at).strip(), entry.platform(), match,
					difference, sees, limits);
		}

		Equivalent.Sighting sighting(SightingDocument sighting, String entryMatch, Map<String, Reference> sources,
				String at) {
			String kind = this.fields.text(sighting.kind(), "sees.kind", at);
			if (!Equivalent.Sighting.KINDS.contains(kind)) {
				throw this.fields.fail(at, "'sees.kind' must be one of " + Equivalent.Sighting.KINDS);
			}
			this.fields.lookup(sources, sighting.source(), "sees.source", at);
			String match = (sighting.match() != null) ? match(sighting.match(), "sees.match", at) : null;
			if (match != null && (match.equals(entryMatch) || !kindIsIdentifier(kind))) {
				throw this.fields.fail(at, "'sees.match' only narrows an exact entry's identifier to approximate");
			}
			if (match != null && sighting.note() == null) {
				throw this.fields.fail(at, "a narrowed identifier says how in 'sees.note'");
			}
			return new Equivalent.Sighting(kind, this.fields.text(sighting.value(), "sees.value", at).strip(),
					sighting.source(), match,
					(sighting.note() != null) ? this.fields.translated(sighting.note(), "sees.note", at) : null);
		}

		Equivalent.Figure figure(FigureDocument figure, Map<String, Reference> sources, String field, String at) {
			this.fields.require(figure, field, at);
			this.fields.require(figure.value(), field + ".value", at);
			String source = this.fields.text(figure.source(), field + ".source", at);
			if (sources != null) {
				this.fields.lookup(sources, source, field + ".source", at);
			}
			return new Equivalent.Figure(figure.value(), this.fields.text(figure.unit(), field + ".unit", at), source);
		}

		Unmatched unmatched(UnmatchedDocument none, Map<String, Platform> platforms, Map<String, Reference> sources) {
			String at = "unmatched " + none.status() + " on " + none.platform() + ": ";
			int status = status(none.status(), at);
			this.fields.lookup(platforms, none.platform(), "platform", at);
			this.fields.lookup(sources, none.source(), "source", at);
			return new Unmatched(status, this.fields.text(none.name(), "name", at).strip(), none.platform(),
					this.fields.translated(none.why(), "why", at), none.source());
		}

		RetryComparison retry(RetryDocument retry, String at, Map<String, Platform> platforms,
				Map<String, Reference> sources) {
			this.fields.lookup(platforms, retry.platform(), "platform", at);
			this.fields.lookup(sources, retry.source(), "source", at);
			List<Integer> statuses = this.fields.require(retry.statuses(), "statuses", at);
			if (statuses.isEmpty()) {
				throw this.fields.fail(at, "'statuses' names at least one status");
			}
			statuses.forEach((status) -> status(status, at));
			Map<String, String> quote = this.fields.require(retry.quote(), "quote", at);
			if (quote.isEmpty() || !Fields.LANGUAGES.containsAll(quote.keySet())) {
				throw this.fields.fail(at, "'quote' gives the platform's words in en or zh");
			}
			quote.values().forEach((words) -> this.fields.text(words, "quote", at));
			Text about = (retry.about() != null) ? this.fields.translated(retry.about(), "about", at) : null;
			return new RetryComparison(retry.platform(), List.copyOf(statuses), Map.copyOf(quote), about,
					retry.source());
		}

		private int status(Integer status, String at) {
			if (status == null || status < 100 || status > 599) {
				throw this.fields.fail(at, "'status' must be a number from 100 to 599");
			}
			return status;
		}

		private String match(String match, String field, String at) {
			if (!MATCHES.contains(this.fields.text(match, field, at))) {
				throw this.fields.fail(at, "'" + field + "' must be exact or approximate");
			}
			return match;
		}

		private static boolean kindIsIdentifier(String kind) {
			return Equivalent.Sighting.IDENTIFIERS.contains(kind);
		}

	}

}
