package org.scfcodes.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Language;
import org.scfcodes.text.Text;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Finds every status code a text names, by a status field, by a message the platform
 * prints for it, or by its name.
 */
@Component
public class ErrorTextDecoder {

	/** Names shorter than this are too common as words to count as evidence. */
	private static final int MIN_NAME_LENGTH = 8;

	private static final int MAX_EVIDENCE = 20;

	private final Supplier<CodeCatalog> catalog;

	private final Supplier<ApiErrorCatalog> apiErrors;

	private final MessageSource messages;

	ErrorTextDecoder(Supplier<CodeCatalog> catalog, Supplier<ApiErrorCatalog> apiErrors, MessageSource messages) {
		this.catalog = catalog;
		this.apiErrors = apiErrors;
		this.messages = messages;
	}

	public DecodeAnswer decode(String text) {
		CodeCatalog catalog = this.catalog.get();
		ApiErrorCatalog errorCatalog = this.apiErrors.get();
		TextScan scan = new TextScan(text);
		ApiErrorFields fields = apiErrors(scan.apiErrorFields(), errorCatalog);
		List<DecodedApiError> apiErrors = fields.decoded();
		Map<Integer, List<Evidence>> found = new TreeMap<>();
		scan.statusFields().forEach((hit) -> add(found, hit.status(), List.of(hit.evidence())));
		for (StatusCode code : catalog.all()) {
			code.messages().forEach((message) -> add(found, code.status(), scan.phrase(message, "message")));
			if (!code.name().contains(" ") && code.name().length() >= MIN_NAME_LENGTH) {
				// a status name that is the value of an API error field
				// (code:InvalidParameterValue) is that API error
				add(found, code.status(),
						scan.word(code.name())
							.stream()
							.filter((evidence) -> !within(evidence, fields.evidence()))
							.toList());
			}
		}
		List<DecodedCode> codes = new ArrayList<>();
		found.forEach((status, evidence) -> codes
			.add(new DecodedCode(status, catalog.find(status).orElse(null), outermost(evidence))));
		codes.sort(Comparator.comparingInt((DecodedCode code) -> code.evidence().get(0).line())
			.thenComparingInt((code) -> code.evidence().get(0).column()));
		return new DecodeAnswer(catalog.version(), errorCatalog.version(), summary(codes, apiErrors, this.messages),
				codes, apiErrors, new TextFacts(scan.requestIds(), scan.errorMessages(), scan.durations()));
	}

	/**
	 * The API errors of a text's code fields, and the evidence of every such field (not
	 * only the first shown).
	 */
	private record ApiErrorFields(List<DecodedApiError> decoded, List<Evidence> evidence) {
	}

	/**
	 * The API error codes of the code fields, each once, with its evidence in text order.
	 */
	private static ApiErrorFields apiErrors(List<TextScan.CodeHit> hits, ApiErrorCatalog catalog) {
		Map<String, List<Evidence>> byCode = new LinkedHashMap<>();
		Map<String, ApiError> entries = new HashMap<>();
		List<Evidence> all = new ArrayList<>();
		for (TextScan.CodeHit hit : hits) {
			ApiError entry = catalog.find(hit.code()).orElse(null);
			String code = (entry != null) ? entry.code() : hit.code();
			boolean shaped = code.indexOf('.') > 0 || entry != null;
			if (shaped) {
				entries.put(code, entry);
				byCode.computeIfAbsent(code, (key) -> new ArrayList<>()).add(hit.evidence());
				all.add(hit.evidence());
			}
		}
		List<DecodedApiError> found = new ArrayList<>();
		byCode.forEach((code, evidence) -> {
			ApiError entry = entries.get(code);
			found.add(new DecodedApiError(code, entry, (entry != null) ? "/api-errors/" + code : null,
					evidence.stream().limit(MAX_EVIDENCE).toList()));
		});
		return new ApiErrorFields(found, all);
	}

	private static boolean within(Evidence inner, List<Evidence> outer) {
		return outer.stream()
			.anyMatch((evidence) -> evidence.line() == inner.line() && inner.column() >= evidence.column()
					&& inner.column() + inner.text().length() <= evidence.column() + evidence.text().length());
	}

	/**
	 * The evidence in text order, without matches that lie inside another (a message
	 * within a longer one).
	 */
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

	private static Text summary(List<DecodedCode> codes, List<DecodedApiError> apiErrors, MessageSource messages) {
		String statuses = String.join(", ",
				codes.stream()
					.map((code) -> code.status() + ((code.entry() != null) ? " " + code.entry().name() : ""))
					.toList());
		String errors = String.join(", ", apiErrors.stream().map(DecodedApiError::code).toList());
		return new Text(summary(codes.size(), statuses, apiErrors.size(), errors, messages, Language.EN),
				summary(codes.size(), statuses, apiErrors.size(), errors, messages, Language.ZH));
	}

	private static String summary(int codes, String statuses, int apiErrors, String errors, MessageSource messages,
			Language language) {
		if (codes == 0 && apiErrors == 0) {
			return messages.getMessage("decode.summary.none", null, language.locale());
		}
		List<String> parts = new ArrayList<>();
		if (codes > 0) {
			parts.add(messages.getMessage("decode.summary.found", new Object[] { codes, statuses }, language.locale()));
		}
		if (apiErrors > 0) {
			parts.add(messages.getMessage("decode.summary.api-errors", new Object[] { apiErrors, errors },
					language.locale()));
		}
		return String.join(" ", parts);
	}

}
