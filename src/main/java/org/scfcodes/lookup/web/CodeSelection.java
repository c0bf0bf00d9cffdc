package org.scfcodes.lookup.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.http.Problem;
import org.scfcodes.text.Columns;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;
import org.scfcodes.text.Printable;
import org.scfcodes.text.StatusNumber;

import org.springframework.http.HttpStatus;

/**
 * Several status codes asked for at once ({@code /codes?status=433,434} or
 * {@code /codes/433,434}), each answered or refused, in the order asked: as JSON the
 * summaries and the refusals, as text the short answer of each code, one after the other.
 * An item that is not a number is taken as a status name.
 */
record CodeSelection(@JsonValue CodeList list, List<StatusCode> codes) implements PlainText {

	/** The most codes one request may ask for. */
	static final int LIMIT = 10;

	private static final int NEAREST = 3;

	static CodeSelection of(CodeCatalog catalog, List<String> asked) {
		List<String> items = items(asked);
		Set<StatusCode> found = new LinkedHashSet<>();
		List<StatusRefusal> refused = new ArrayList<>();
		for (String item : items) {
			OptionalInt parsed = StatusParameter.number(item);
			if (parsed.isPresent()) {
				int number = parsed.getAsInt();
				if (!StatusNumber.isStatus(number)) {
					refused.add(new StatusRefusal(item, "out-of-range", List.of()));
				}
				else {
					catalog.find(number)
						.ifPresentOrElse(found::add, () -> refused
							.add(new StatusRefusal(item, "unknown-code", catalog.nearest(number, NEAREST))));
				}
			}
			else {
				List<StatusCode> named = (item.length() <= 100) ? catalog.findByName(item) : List.of();
				if (named.isEmpty()) {
					refused.add(new StatusRefusal(Printable.of(item), "unknown-name",
							(item.length() <= 100) ? catalog.similarNames(item, NEAREST) : List.of()));
				}
				found.addAll(named);
			}
		}
		List<StatusCode> codes = List.copyOf(found);
		return new CodeSelection(
				new CodeList(catalog.version(), String.join(",", items), codes, List.of()).withRefused(refused), codes);
	}

	/** Whether an item is a number from 100 to 599. */
	static boolean isStatus(String item) {
		OptionalInt parsed = StatusParameter.number(item);
		return parsed.isPresent() && StatusNumber.isStatus(parsed.getAsInt());
	}

	/**
	 * The items asked for: each value split at its commas, trimmed; refused when there
	 * are none or more than {@link #LIMIT}.
	 */
	static List<String> items(List<String> asked) {
		List<String> items = asked.stream()
			.flatMap((value) -> List.of(value.split(",", -1)).stream())
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.toList();
		if (items.isEmpty()) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "empty-parameter", "status");
		}
		if (items.size() > LIMIT) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "too-many-codes", LIMIT, items.size()).with("limit", LIMIT);
		}
		return items;
	}

	@Override
	public String toPlainText(Labels labels) {
		StringBuilder out = new StringBuilder();
		for (StatusCode code : this.codes) {
			CodeText.brief(code, labels, out);
			out.append('\n');
		}
		for (StatusRefusal refusal : this.list.refused()) {
			String nearest = refusal.nearest()
				.stream()
				.map((ref) -> ref.status() + " " + ref.name())
				.collect(Collectors.joining(", "));
			String line = labels.get("codes.refused." + refusal.reason(), refusal.status());
			if (!nearest.isEmpty()) {
				line = line + " " + labels.get("codes.suggestions", nearest);
			}
			Columns.wrap(line, Columns.TERMINAL, 3, "  ").forEach((wrapped) -> out.append(wrapped).append('\n'));
		}
		CodeText.footer(this.list.catalogVersion(), labels, out);
		return out.toString();
	}

}
