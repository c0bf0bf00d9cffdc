package org.scfcodes.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scfcodes.catalog.ActiveCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Language;
import org.scfcodes.text.Text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds every status code a text names, by a status field, by a message the platform prints for it, or by its name.
 */
@Component
public class ErrorTextDecoder {

	/** Names shorter than this are too common as words to count as evidence. */
	private static final int MIN_NAME_LENGTH = 8;

	private static final int MAX_EVIDENCE = 20;

	private final ActiveCatalog catalogs;

	private final MessageSource messages;

	ErrorTextDecoder(ActiveCatalog catalogs, MessageSource messages) {
		this.catalogs = catalogs;
		this.messages = messages;
	}

	public DecodeAnswer decode(String text) {
		CodeCatalog catalog = this.catalogs.current();
		TextScan scan = new TextScan(text);
		Map<Integer, List<Evidence>> found = new TreeMap<>();
		scan.statusFields().forEach((hit) -> add(found, hit.status(), List.of(hit.evidence())));
		for (StatusCode code : catalog.all()) {
			code.messages().forEach((message) -> add(found, code.status(), scan.phrase(message, "message")));
			if (!code.name().contains(" ") && code.name().length() >= MIN_NAME_LENGTH) {
				add(found, code.status(), scan.word(code.name()));
			}
		}
		List<DecodedCode> codes = new ArrayList<>();
		found.forEach((status, evidence) -> codes.add(new DecodedCode(status, catalog.find(status).orElse(null),
				outermost(evidence))));
		codes.sort(Comparator.comparingInt((DecodedCode code) -> code.evidence().get(0).line())
			.thenComparingInt((code) -> code.evidence().get(0).column()));
		return new DecodeAnswer(catalog.version(), summary(codes, this.messages),
				codes, new TextFacts(scan.requestIds(), scan.errorMessages(), scan.durations()));
	}

	/** The evidence in text order, without matches that lie inside another (a message within a longer one). */
	private static List<Evidence> outermost(List<Evidence> evidence) {
		List<Evidence> sorted = evidence.stream()
			.sorted(Comparator.comparingInt(Evidence::line)
				.thenComparingInt(Evidence::column)
				.thenComparing(Comparator.comparingInt((Evidence e) -> e.text().length()).reversed()))
			.toList();
		List<Evidence> kept = new ArrayList<>();
		for (Evidence candidate : sorted) {
			Evidence last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			boolean inside = last != null && last.line() == candidate.line()
					&& candidate.column() + candidate.text().length() <= last.column() + last.text().length();
			if (!inside && kept.size() < MAX_EVIDENCE) {
				kept.add(candidate);
			}
		}
		return kept;
	}

	private static void add(Map<Integer, List<Evidence>> found, int status, List<Evidence> evidence) {
		if (!evidence.isEmpty()) {
			found.computeIfAbsent(status, (key) -> new ArrayList<>()).addAll(evidence);
		}
	}

	private static Text summary(List<DecodedCode> codes, MessageSource messages) {
		String list = String.join(", ", codes.stream()
			.map((code) -> code.status() + ((code.entry() != null) ? " " + code.entry().name() : ""))
			.toList());
		String key = codes.isEmpty() ? "decode.summary.none" : "decode.summary.found";
		Object[] arguments = { codes.size(), list };
		return new Text(messages.getMessage(key, arguments, Language.EN.locale()),
				messages.getMessage(key, arguments, Language.ZH.locale()));
	}

}
