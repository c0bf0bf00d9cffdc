package org.scfcodes.catalog.web;

import java.util.List;
import java.util.stream.Collectors;

import org.scfcodes.catalog.CodeRef;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;

/**
 * Renders status codes as compact text for a terminal, with the words of the message bundles.
 */
final class CodeText {

	private CodeText() {
	}

	static void render(StatusCode code, Labels labels, StringBuilder out) {
		out.append(code.status()).append(' ').append(code.name()).append('\n');
		out.append(labels.in(code.meaning())).append('\n');
		list(out, labels.get("code.causes"), code.causes().in(labels.language()));
		list(out, labels.get("code.remedies"), code.remedies().in(labels.language()));
		out.append(labels.get("code.recycling", labels.get(code.recycling().triggers() ? "code.recycling.yes"
				: "code.recycling.not-stated"))).append('\n');
		if (!code.actors().isEmpty()) {
			out.append(labels.get("code.actors", code.actors()
				.stream()
				.map((actor) -> labels.get("actor." + actor.id()))
				.collect(Collectors.joining(labels.get("list.separator"))))).append('\n');
		}
		out.append(labels.get("code.retry", labels.get("retry." + code.retry().category()),
				labels.get("retry.basis." + code.retry().basis().id()), labels.in(code.retry().summary())))
			.append('\n');
		list(out, labels.get("code.quantities"),
				code.quantities().stream().map((q) -> labels.in(q.label()) + ": " + q.value() + " " + q.unit()).toList());
		list(out, labels.get("code.links"),
				code.links().stream().map((link) -> labels.in(link.title()) + " " + link.url()).toList());
		list(out, labels.get("code.notes"), code.notes().in(labels.language()));
		if (!code.aliases().isEmpty()) {
			out.append(labels.get("code.aliases", String.join(", ", code.aliases()))).append('\n');
		}
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

	private static void list(StringBuilder out, String title, List<String> items) {
		if (!items.isEmpty()) {
			out.append(title).append(":\n");
			items.forEach((item) -> out.append("  - ").append(item).append('\n'));
		}
	}

}
