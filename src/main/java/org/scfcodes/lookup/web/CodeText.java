package org.scfcodes.lookup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.scfcodes.catalog.Actor;
import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.Guidance;
import org.scfcodes.catalog.OfficialText;
import org.scfcodes.catalog.RetryText;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.catalog.WhereSeen;
import org.scfcodes.text.Columns;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Source;

/**
 * Renders status codes as compact text for a terminal: the newest official guidance
 * first, with its revision, then earlier wordings and linked pages, then the project's
 * own explanation, marked as such; words from the message bundles.
 */
final class CodeText {

	private CodeText() {
	}

	static void render(StatusCode code, Labels labels, StringBuilder out) {
		String language = labels.language().tag();
		Guidance guidance = code.guidance().in(labels.language());
		out.append(code.status()).append(' ').append(code.name()).append('\n');
		out.append(guidance.description().text().get(0)).append('\n');
		out.append("  (").append(quoted(code, guidance.description(), labels)).append(")\n");
		if (guidance.solution() != null) {
			list(out, labels, labels.get("code.solution", quoted(code, guidance.solution(), labels)),
					guidance.solution().text());
		}
		list(out, labels, labels.get("code.links"),
				guidance.links().stream().map((link) -> link.text() + " " + link.url()).toList());
		for (OfficialText text : code.official()) {
			if (!text.language().equals(language) || isGuidance(text, guidance)) {
				continue;
			}
			String heading = code.sources().get(text.source()).statusPage() ? "code.earlier" : "code.linked";
			List<String> items = new ArrayList<>();
			if (text.description() != null && !text.description().equals(guidance.description().text().get(0))) {
				items.add(text.description());
			}
			if (text.solution() != null
					&& (guidance.solution() == null || !text.solution().equals(guidance.solution().text()))) {
				items.addAll(text.solution());
			}
			list(out, labels, labels.get(heading, source(code, text.source(), labels, text.translatedFrom())), items);
		}
		out.append(labels.get("code.meaning", labels.in(code.meaning()))).append('\n');
		list(out, labels, labels.get("code.causes"), code.causes().in(labels.language()));
		out.append(labels.get("code.recycling",
				labels.get(code.recycling().triggers() ? "code.recycling.yes" : "code.recycling.not-stated")))
			.append('\n');
		if (!code.actors().isEmpty()) {
			out.append(labels.get("code.actors", actors(code.actors(), labels))).append('\n');
		}
		retry(code, labels, out);
		out.append(labels.get("code.seen-in", seenIn(code.seenIn(), labels))).append('\n');
		list(out, labels, labels.get("code.quantities"),
				code.quantities()
					.stream()
					.map((q) -> labels.in(q.label()) + ": " + q.value() + " " + q.unit() + " ("
							+ source(code, q.source(), labels, null) + ")")
					.toList());
		list(out, labels, labels.get("code.notes"), code.notes().in(labels.language()));
		if (!code.aliases().isEmpty()) {
			out.append(labels.get("code.aliases", String.join(", ", code.aliases()))).append('\n');
		}
	}

	/**
	 * The short answer, for one screen of a terminal: at most 12 lines of at most 80
	 * columns. The code and its name; the newest official description, with its revision;
	 * the first thing the solution says; who acts and the retry behaviour, in the
	 * project's words and marked so; where to read everything.
	 */
	static void brief(StatusCode code, Labels labels, StringBuilder out) {
		Guidance guidance = code.guidance().in(labels.language());
		out.append(code.status()).append(' ').append(code.name()).append('\n');
		lines(out, guidance.description().text().get(0), 2);
		String cited = quoted(code, guidance.description(), labels);
		if (guidance.solution() != null && !guidance.solution().text().isEmpty()) {
			String first = guidance.solution().text().get(0);
			String solutionCited = quoted(code, guidance.solution(), labels);
			if (!solutionCited.equals(cited)) {
				first = first + " (" + solutionCited + ")";
			}
			lines(out, "  (" + cited + ")", 1);
			lines(out, labels.get("code.brief.first", first), 3);
		}
		else {
			lines(out, "  (" + cited + ")", 1);
		}
		if (!code.actors().isEmpty()) {
			lines(out, labels.get("code.brief.actors", actors(code.actors(), labels)), 2);
		}
		lines(out, labels.get("code.brief.retry", RetryBrief.of(code.retry(), labels::get)), 2);
		out.append(labels.get("code.brief.more", CodeAnswer.CodeLinks.of(code.status()).all())).append('\n');
	}

	/** Who acts, in words, as a list. */
	static String actors(List<Actor> actors, Labels labels) {
		return actors.stream()
			.map((actor) -> labels.get("actor." + actor.id()))
			.collect(Collectors.joining(labels.get("list.separator")));
	}

	private static void lines(StringBuilder out, String text, int maxLines) {
		Columns.wrap(text, Columns.TERMINAL, maxLines, "  ").forEach((line) -> out.append(line).append('\n'));
	}

	static void suggestions(List<CodeRef> refs, Labels labels, StringBuilder out) {
		if (!refs.isEmpty()) {
			out.append(labels.get("codes.suggestions",
					refs.stream().map((ref) -> ref.status() + " " + ref.name()).collect(Collectors.joining(", "))))
				.append('\n');
		}
	}

	static void footer(String catalogVersion, Labels labels, StringBuilder out) {
		out.append(labels.get("catalog.version", catalogVersion)).append('\n');
	}

	private static void retry(StatusCode code, Labels labels, StringBuilder out) {
		String language = labels.language().tag();
		if (code.retry().category().equals("none")) {
			out.append(labels.get("code.retry.none")).append('\n');
			return;
		}
		List<String> async = Stream.of(code.retry().official(), code.retry().policy(), code.retry().async())
			.flatMap(List::stream)
			.filter((text) -> text.language().equals(language))
			.map((text) -> retryText(code, text, labels))
			.toList();
		list(out, labels, labels.get("code.retry", labels.get("retry." + code.retry().category()),
				labels.get("retry.basis." + code.retry().basis().id())), async);
		list(out, labels, labels.get("code.retry.stated"), code.retry()
			.stated()
			.stream()
			.map((stated) -> labels.get("code.retry.stated.item", labels.get("retry.type." + stated.invocation()),
					labels.get("retry.stated." + stated.stated())))
			.toList());
		list(out, labels, labels.get("code.retry.sync"),
				code.retry()
					.sync()
					.stream()
					.filter((text) -> text.language().equals(language))
					.map((text) -> retryText(code, text, labels))
					.toList());
	}

	private static String retryText(StatusCode code, RetryText text, Labels labels) {
		String about = (text.about() != null) ? labels.get("retry.about", labels.in(text.about())) + " " : "";
		String heading = (text.heading() != null) ? text.heading() + ": " : "";
		return about + heading + text.text() + " (" + source(code, text.source(), labels, text.translatedFrom()) + ")";
	}

	private static String seenIn(WhereSeen seen, Labels labels) {
		String fields = labels.get("code.seen-in.fields", seen.payloadField().name(), seen.logField().name());
		if (seen.metric() == null) {
			return fields;
		}
		return fields + labels.get("list.separator") + labels.get("code.seen-in.metric", seen.metric().namespace(),
				seen.metric().name(), labels.get("metric.basis." + seen.metric().basis()));
	}

	private static boolean isGuidance(OfficialText text, Guidance guidance) {
		boolean description = text.description() == null
				|| (Objects.equals(text.source(), guidance.description().source())
						&& Objects.equals(text.translatedFrom(), guidance.description().translatedFrom()));
		boolean solution = text.solution() == null
				|| (guidance.solution() != null && Objects.equals(text.source(), guidance.solution().source())
						&& Objects.equals(text.translatedFrom(), guidance.solution().translatedFrom()));
		return description && solution;
	}

	private static String quoted(StatusCode code, Guidance.Quoted quoted, Labels labels) {
		return source(code, quoted.source(), labels, quoted.translatedFrom());
	}

	/**
	 * A revision as people read it: "title, date" or "title, undated", and whose words
	 * when translated.
	 */
	private static String source(StatusCode code, String id, Labels labels, @Nullable String translatedFrom) {
		Source source = code.sources().get(id);
		String revision = (source.date() != null) ? labels.get("source.dated", labels.in(source.title()), source.date())
				: labels.get("source.undated", labels.in(source.title()));
		return (translatedFrom != null)
				? labels.get("source.translated", revision, labels.get("language." + translatedFrom))
				: labels.get("source.official", revision);
	}

	private static void list(StringBuilder out, Labels labels, String title, List<String> items) {
		if (!items.isEmpty()) {
			out.append(labels.get("list.title", title)).append('\n');
			items.forEach((item) -> out.append("  - ").append(item).append('\n'));
		}
	}

}
