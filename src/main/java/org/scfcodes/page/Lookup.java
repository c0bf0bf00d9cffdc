package org.scfcodes.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scfcodes.apierror.ApiError;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.equivalent.Equivalents;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.Printable;

/**
 * Decides what an address of the page shows: a status code, an API error or its class,
 * the statuses another platform's error matches, or the codes that words find, best
 * first; with "did you mean" where nothing matches, and the index of everything on the
 * start page.
 */
final class Lookup {

	private static final Pattern STATUS = Pattern.compile("\\d{3}");

	private static final int SUGGESTIONS = 3;

	private final CodeCatalog codes;

	private final ApiErrorCatalog apiErrors;

	private final Equivalents equivalents;

	private final Labels labels;

	private final Language language;

	Lookup(CodeCatalog codes, ApiErrorCatalog apiErrors, Equivalents equivalents, Labels labels) {
		this.codes = codes;
		this.apiErrors = apiErrors;
		this.equivalents = equivalents;
		this.labels = labels;
		this.language = labels.language();
	}

	PageView of(@Nullable String code, @Nullable String apiError, @Nullable String words) {
		if (code != null && !code.isBlank()) {
			return STATUS.matcher(code.strip()).matches() ? status(Integer.parseInt(code.strip())) : search(code);
		}
		if (apiError != null && !apiError.isBlank()) {
			return apiError(apiError.strip());
		}
		if (words != null && !words.isBlank()) {
			return search(words.strip());
		}
		return start();
	}

	private PageView start() {
		Html html = new Html();
		new Hits(this.labels).index(html, this.codes.all(), this.apiErrors);
		return new PageView(this.labels.get("page.name"), this.labels.get("page.tagline"), Links.start(this.language),
				"", "", html.toString());
	}

	private PageView status(int status) {
		Optional<StatusCode> found = this.codes.find(status);
		if (found.isEmpty()) {
			Html html = new Html();
			new Hits(this.labels).suggestions(html, this.codes.nearest(status, SUGGESTIONS), List.of());
			String none = this.labels.get("page.code.unknown", String.valueOf(status));
			return new PageView(title(String.valueOf(status)), none, Links.code(status, this.language), none,
					String.valueOf(status), html.toString());
		}
		return codes(List.of(found.get()), String.valueOf(status), Links.code(status, this.language), null);
	}

	private PageView codes(List<StatusCode> found, String query, String address, @Nullable String matchedFrom) {
		Html html = new Html();
		if (matchedFrom != null) {
			html.element("p", this.labels.get("page.matched-from", matchedFrom), "class", "muted");
		}
		for (StatusCode code : found) {
			new CodeCard(this.labels).write(html, code, this.equivalents.of(code.status(), code.name()));
		}
		StatusCode first = found.get(0);
		String title = (found.size() == 1) ? first.status() + " " + first.name() : query;
		String description = (found.size() == 1)
				? this.labels.in(first.meaning()) + " " + first.guidance().in(this.language).description().text().get(0)
				: found(found.size(), 0);
		String status = (found.size() == 1) ? title : found(found.size(), 0);
		return new PageView(title(title), description, address, status, query, html.toString());
	}

	private PageView apiError(String code) {
		Optional<ApiError> found = this.apiErrors.find(code);
		List<ApiError> ofClass = this.apiErrors.ofClass(code);
		// a class that is also a code of its own (ResourceNotFound) is shown as the class
		if (found.isPresent() && ofClass.size() <= 1) {
			ApiError error = found.get();
			Html html = new Html();
			new ApiErrorCard(this.labels).write(html, error, this.apiErrors.sources());
			return new PageView(title(error.code()), this.labels.in(error.description()),
					Links.apiError(error.code(), this.language), error.code(), error.code(), html.toString());
		}
		if (!ofClass.isEmpty()) {
			Html html = new Html();
			new Hits(this.labels).apiErrors(html, ofClass, this.apiErrors);
			String errorClass = ofClass.get(0).errorClass();
			String status = this.labels.get("page.class.size", errorClass, ofClass.size());
			return new PageView(title(errorClass), status, Links.apiError(errorClass, this.language), status,
					errorClass, html.toString());
		}
		Html html = new Html();
		new Hits(this.labels).suggestions(html, List.of(), this.apiErrors.nearest(code, SUGGESTIONS));
		String none = this.labels.get("page.api-error.unknown", Printable.of(code));
		return new PageView(title(Printable.of(code)), none, Links.apiError(code, this.language), none, code,
				html.toString());
	}

	private PageView search(String words) {
		if (STATUS.matcher(words).matches()) {
			return status(Integer.parseInt(words));
		}
		List<StatusCode> named = this.codes.findByName(words);
		if (!named.isEmpty()) {
			String address = (named.size() == 1) ? Links.code(named.get(0).status(), this.language)
					: Links.search(words, this.language);
			return codes(named, words, address, null);
		}
		if (this.apiErrors.find(words).isPresent() || !this.apiErrors.ofClass(words).isEmpty()) {
			return apiError(words);
		}
		List<Equivalents.Match> matches = this.equivalents.find(null, words);
		if (!matches.isEmpty()) {
			List<StatusCode> matched = matches.stream()
				.map((match) -> match.entry().status())
				.distinct()
				.map((status) -> this.codes.find(status).orElseThrow())
				.toList();
			return codes(matched, words, Links.search(words, this.language), Printable.of(words));
		}
		List<StatusCode> found = this.codes.search(words);
		List<ApiError> errors = this.apiErrors.search(words);
		Html html = new Html();
		Hits hits = new Hits(this.labels);
		if (found.isEmpty() && errors.isEmpty()) {
			List<String> nearErrors = this.codes.similarNames(words, SUGGESTIONS).isEmpty()
					? this.apiErrors.nearest(words, SUGGESTIONS) : List.of();
			hits.suggestions(html, this.codes.similarNames(words, SUGGESTIONS), nearErrors);
		}
		if (!found.isEmpty()) {
			html.element("h3", this.labels.get("page.search.codes"));
			hits.codes(html, found, this.equivalents);
		}
		if (!errors.isEmpty()) {
			html.element("h3", this.labels.get("page.search.api-errors"));
			hits.apiErrors(html, errors, this.apiErrors);
		}
		String status = found(found.size(), errors.size());
		return new PageView(title(Printable.of(words)), status, Links.search(words, this.language), status, words,
				html.toString());
	}

	private String found(int codes, int apiErrors) {
		if (codes == 0 && apiErrors == 0) {
			return this.labels.get("page.found.none");
		}
		if (apiErrors == 0) {
			return this.labels.get("page.found.codes", codes);
		}
		return (codes == 0) ? this.labels.get("page.found.api-errors", apiErrors)
				: this.labels.get("page.found", codes, apiErrors);
	}

	private String title(String subject) {
		return this.labels.get("page.title", subject);
	}

}
