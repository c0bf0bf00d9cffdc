package org.scfcodes.equivalent;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;

/**
 * Renders equivalents as compact text for a terminal: per platform the match, what a user
 * sees there, the difference and differing limits, then the platforms with none cited and
 * the retry policies beside SCF's.
 */
public final class EquivalentsText {

	private EquivalentsText() {
	}

	/** The short "on other platforms" block of one status. */
	public static void render(StatusEquivalents status, Labels labels, StringBuilder out) {
		out.append(labels.get("equivalents.heading")).append('\n');
		for (Equivalent entry : status.equivalents()) {
			entry(entry, status.platforms(), status.sources(), labels, out);
		}
		if (!status.unmatched().isEmpty()) {
			out.append("  ")
				.append(labels.get("equivalents.none",
						status.unmatched()
							.stream()
							.map((none) -> status.platforms().get(none.platform()).name())
							.collect(Collectors.joining(labels.get("list.separator")))))
				.append('\n');
			for (Unmatched none : status.unmatched()) {
				if (none.source() != null) {
					out.append("    ")
						.append(status.platforms().get(none.platform()).name())
						.append(": ")
						.append(labels.in(none.why()))
						.append('\n');
				}
			}
		}
		for (RetryComparison retry : status.retries()) {
			out.append("  ")
				.append(labels.get("equivalents.retry", status.platforms().get(retry.platform()).name(),
						quote(retry.quote(), labels.language()), source(status.sources().get(retry.source()), labels)))
				.append('\n');
		}
	}

	/**
	 * One entry: its platform and match, what is seen there, the difference and the
	 * limits.
	 */
	public static void entry(Equivalent entry, Map<String, Platform> platforms, Map<String, Reference> sources,
			Labels labels, StringBuilder out) {
		out.append("  ")
			.append(labels.get("equivalents.entry", platforms.get(entry.platform()).name(),
					labels.get("equivalents." + entry.match())))
			.append('\n');
		for (Equivalent.Sighting sighting : entry.sees()) {
			Reference source = sources.get(sighting.source());
			out.append("    ")
				.append(labels.get("equivalents.kind." + sighting.kind()))
				.append(": ")
				.append(sighting.value());
			if (sighting.match() != null) {
				out.append(" (").append(labels.get("equivalents." + sighting.match())).append(')');
			}
			if (sighting.note() != null) {
				out.append(" — ").append(labels.in(sighting.note()));
			}
			out.append(" [").append(source(source, labels)).append("]\n");
		}
		if (entry.difference() != null) {
			out.append("    ").append(labels.get("equivalents.difference", labels.in(entry.difference()))).append('\n');
		}
		for (Equivalent.Limit limit : entry.limits()) {
			out.append("    ")
				.append(labels.get("equivalents.limit", labels.in(limit.what()),
						limit.scf().value() + " " + limit.scf().unit(), platforms.get(entry.platform()).name(),
						limit.there().value() + " " + limit.there().unit()));
			if (limit.note() != null) {
				out.append(" — ").append(labels.in(limit.note()));
			}
			out.append('\n');
		}
	}

	private static String source(Reference source, Labels labels) {
		return source.official() ? source.url() : labels.get("equivalents.third-party", source.url());
	}

	private static String quote(Map<String, String> quote, Language language) {
		String words = quote.get(language.tag());
		return (words != null) ? words : List.copyOf(quote.values()).get(0);
	}

}
