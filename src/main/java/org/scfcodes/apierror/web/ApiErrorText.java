package org.scfcodes.apierror.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.scfcodes.apierror.ApiError;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Source;

/**
 * Renders API error codes as compact text for a terminal: the description and whose it
 * is, the remedies with the official words they rest on, the related status codes and the
 * actions that return the code.
 */
final class ApiErrorText {

	private ApiErrorText() {
	}

	/**
	 * The sources an entry names, in the order its answer names them: the SDK files of
	 * the descriptions (Chinese, then English), then the pages its remedies cite.
	 */
	static Set<String> sourcesOf(ApiError error, Map<String, Source> descriptions) {
		Set<String> ids = new LinkedHashSet<>();
		Stream.of("zh", "en").map(descriptions::get).map(Source::id).forEach(ids::add);
		error.remedies().forEach((remedy) -> remedy.cites().forEach((cite) -> ids.add(cite.source())));
		if (error.related() != null) {
			ids.add(error.related().source());
		}
		return ids;
	}

	static void render(ApiError error, Map<String, Source> sources, Map<String, Source> descriptions, Labels labels,
			StringBuilder out) {
		String language = labels.language().tag();
		out.append(error.code()).append('\n');
		out.append(labels.in(error.description())).append('\n');
		String why = error.translated().get(language);
		out.append("  (")
			.append((why != null) ? labels.get("api-errors.translated." + why)
					: labels.get("api-errors.official", title(descriptions.get(language), labels)))
			.append(")\n");
		List<String> remedies = new ArrayList<>();
		for (ApiError.Remedy remedy : error.remedies()) {
			StringBuilder item = new StringBuilder(labels.in(remedy.text()));
			for (ApiError.Citation cite : remedy.cites()) {
				item.append("\n    ").append(quote(cite, sources, labels));
			}
			remedies.add(item.toString());
		}
		list(out, labels, labels.get("api-errors.remedies"), remedies);
		if (error.noRemedy() != null) {
			out.append(labels.get("api-errors.no-remedy", labels.in(error.noRemedy()))).append('\n');
			if (error.related() != null) {
				out.append("    ").append(quote(error.related(), sources, labels)).append('\n');
			}
		}
		list(out, labels, labels.get("api-errors.statuses"),
				error.statuses()
					.stream()
					.map((status) -> status.status() + " " + status.name() + ": " + labels.in(status.relation()))
					.toList());
		if (!error.actions().isEmpty()) {
			out.append(labels.get("api-errors.actions", String.join(", ", error.actions()))).append('\n');
		}
	}

	/**
	 * Official words in the answer's language where the page has them, else in the page's
	 * own, with the page.
	 */
	private static String quote(ApiError.Citation cite, Map<String, Source> sources, Labels labels) {
		String words = cite.quote().getOrDefault(labels.language().tag(), cite.quote().values().iterator().next());
		return labels.get("api-errors.quote", words, title(sources.get(cite.source()), labels));
	}

	private static String title(Source source, Labels labels) {
		return (source.date() != null) ? labels.get("source.dated", labels.in(source.title()), source.date())
				: labels.get("source.undated", labels.in(source.title()));
	}

	private static void list(StringBuilder out, Labels labels, String title, List<String> items) {
		if (!items.isEmpty()) {
			out.append(labels.get("list.title", title)).append('\n');
			items.forEach((item) -> out.append("  - ").append(item).append('\n'));
		}
	}

}
