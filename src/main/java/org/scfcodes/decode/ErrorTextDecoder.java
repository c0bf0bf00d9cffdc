package org.scfcodes.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.apierror.RetiredApiError;
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

	/** How many known codes an unknown or retired one is shown with. */
	private static final int NEAREST = 3;

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
		Set<String> sharedNames = new HashSet<>();
		catalog.all().forEach((code) -> sharedNames.add(code.name()));
		ApiErrorFields fields = apiErrors(scan.apiErrorFields(),
				scan.bareCodes((code) -> isCodeShaped(code, errorCatalog, sharedNames)), errorCatalog, sharedNames,
				scan.speaksApi());
		List<DecodedApiError> apiErrors = fields.decoded();
		Map<Integer, List<Evidence>> found = new TreeMap<>();
		scan.statusFields().forEach((hit) -> add(found, hit.status(), List.of(hit.evidence())));
		boolean aboutScf = scan.aboutScf();
		scan.statusWords()
			.stream()
			.filter((hit) -> catalog.find(hit.status()).isPresent() && (aboutScf || isScfOnly(hit.status())))
			.forEach((hit) -> add(found, hit.status(), List.of(hit.evidence())));
		for (StatusCode code : catalog.all()) {
			add(found, code.status(), named(scan, code.name(), "name", fields.evidence()));
			code.aliases().forEach((alias) -> add(found, code.status(), named(scan, alias, "name", fields.evidence())));
			code.messages()
				.forEach((message) -> add(found, code.status(),
						named(scan, message.text(), "message", fields.evidence())));
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
	 * The API error codes of the text, each once, with their evidence in text order: the
	 * code fields' values that are shaped as codes (dotted, known, retired, or a word in
	 * CamelCase after {@code :} or {@code =}), then the bare words that are known or
	 * retired codes anywhere, or dotted codes of a known class, or dotted codes where a
	 * code is printed. A name that is also a status's is the API error only in an API
	 * answer or an SDK's exception.
	 */
	private static ApiErrorFields apiErrors(List<TextScan.CodeHit> hits, List<TextScan.BareCode> bare,
			ApiErrorCatalog catalog, Set<String> statusNames, boolean speaksApi) {
		Map<String, List<Evidence>> byCode = new LinkedHashMap<>();
		List<Evidence> all = new ArrayList<>();
		for (TextScan.CodeHit hit : hits) {
			String known = catalog.spelling(hit.code()).orElse(null);
			boolean shaped = known != null || hit.code().indexOf('.') > 0
					|| (hit.separated() && !hit.code().equals(hit.code().toUpperCase(Locale.ROOT)));
			if (shaped) {
				byCode.computeIfAbsent((known != null) ? known : hit.code(), (key) -> new ArrayList<>())
					.add(hit.evidence());
				all.add(hit.evidence());
			}
		}
		List<Evidence> fields = List.copyOf(all);
		for (TextScan.BareCode code : bare) {
			if (!within(code.evidence(), fields) && isApiError(code, catalog, statusNames, speaksApi)) {
				byCode.computeIfAbsent(code.code(), (key) -> new ArrayList<>()).add(code.evidence());
				all.add(code.evidence());
			}
		}
		List<DecodedApiError> found = new ArrayList<>();
		byCode.forEach((code, evidence) -> found.add(decoded(code, evidence, catalog)));
		found.sort(Comparator.comparingInt((DecodedApiError error) -> error.evidence().get(0).line())
			.thenComparingInt((error) -> error.evidence().get(0).column()));
		return new ApiErrorFields(found, all);
	}

	private static boolean isApiError(TextScan.BareCode code, ApiErrorCatalog catalog, Set<String> statusNames,
			boolean speaksApi) {
		boolean known = catalog.spelling(code.code()).filter(code.code()::equals).isPresent();
		if (statusNames.contains(code.code())) {
			return known && speaksApi;
		}
		if (known) {
			return true;
		}
		int dot = code.code().indexOf('.');
		if (dot < 0 || !segmentsCapitalised(code.code())) {
			return false;
		}
		return code.codeLike() || catalog.isClass(code.code().substring(0, dot));
	}

	/**
	 * A word worth weighing as an API error code: a known or retired code, a status name,
	 * or dotted words each capitalised.
	 */
	private static boolean isCodeShaped(String code, ApiErrorCatalog catalog, Set<String> statusNames) {
		return catalog.spelling(code).isPresent() || statusNames.contains(code)
				|| (code.indexOf('.') > 0 && segmentsCapitalised(code));
	}

	private static boolean segmentsCapitalised(String code) {
		for (String segment : code.split("\\.")) {
			if (segment.isEmpty() || !Character.isUpperCase(segment.charAt(0))) {
				return false;
			}
		}
		return true;
	}

	private static DecodedApiError decoded(String code, List<Evidence> evidence, ApiErrorCatalog catalog) {
		List<Evidence> shown = evidence.stream().limit(MAX_EVIDENCE).toList();
		ApiError entry = catalog.find(code).orElse(null);
		if (entry != null) {
			return new DecodedApiError(entry.code(), "known", entry, null, "/api-errors/" + entry.code(), List.of(),
					shown);
		}
		RetiredApiError retired = catalog.retired(code).orElse(null);
		if (retired != null) {
			return new DecodedApiError(retired.code(), "retired", null, retired, "/api-errors/" + retired.code(),
					catalog.nearest(code, NEAREST), shown);
		}
		return new DecodedApiError(code, "unknown", null, null, null, catalog.nearest(code, NEAREST), shown);
	}

	/**
	 * Where a name or message stands in the text: a phrase anywhere ignoring case; one
	 * word whole, with its case, long enough not to be a common word, and not inside an
	 * API error's evidence (code:InvalidParameterValue is that API error).
	 */
	private static List<Evidence> named(TextScan scan, String text, String kind, List<Evidence> apiErrors) {
		if (text.contains(" ")) {
			return scan.phrase(text, kind);
		}
		if (text.length() < MIN_NAME_LENGTH) {
			return List.of();
		}
		return scan.word(text)
			.stream()
			.filter((evidence) -> !within(evidence, apiErrors))
			.map((evidence) -> new Evidence(kind, evidence.text(), evidence.line(), evidence.column()))
			.toList();
	}

	/**
	 * A status no HTTP standard defines (430, 432 to 450), so that it names SCF's even in
	 * a text that does not say SCF.
	 */
	private static boolean isScfOnly(int status) {
		return status == 430 || (status >= 432 && status <= 450);
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
