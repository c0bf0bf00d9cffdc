package org.scfcodes.catalog.web;

import java.io.IOException;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.http.ApiCors;
import org.scfcodes.http.DirectAnswers;
import org.scfcodes.http.VersionedAnswers;
import org.scfcodes.text.Language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers the service's most frequent request, {@code GET /codes/{status}} for a known code, with the bytes prepared
 * when the catalog was loaded, without going through Spring MVC's dispatch.
 * <p>
 * Its answers are those of {@link CodesController}: the same bytes, status, ETag and 304, cache, CORS and
 * {@code Vary} headers (the request id and security headers are set by the edge before it). The lookup is counted,
 * and timed in the {@code http.server.requests} timer with the tags the request observation gives it ({@code uri="/codes/{status}"}), without the cost of a full observation
 * (so no trace span and no active-request gauge for these few microseconds). Every request it does not fully
 * recognise (another method, a body, a malformed or unknown status, an unusual {@code Accept}, {@code format} or
 * {@code If-None-Match}, any other conditional header, any query parameter but {@code format} and {@code lang}) goes on down the filter chain to the controller, which stays
 * the reference.
 */
@Component
class DirectCodeLookups implements DirectAnswers {

	static final String PATTERN = "/codes/{status}";

	private static final int PASSED_ON = 0;

	/**
	 * What the answer varies by, in one field line: what CORS processing adds to a request without an
	 * {@code Origin} (each header field line costs the server as much as its bytes), then the representation.
	 */
	private static final String VARY = String.join(", ", HttpHeaders.ORIGIN, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD,
			HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE);

	private static final String PREFIX = "/codes/";

	private static final String JSON = "application/json";

	private static final String TEXT = "text/plain";

	private static final String TEXT_UTF8 = "text/plain;charset=UTF-8";

	private final ReloadableFile<CodeCatalog> catalogs;

	private final PreparedAnswers prepared;

	private final LookupCounter lookups;

	private final LocaleResolver languages;

	private final ApiCors cors;

	private final String cacheControl;

	private final Timer found;

	private final Timer notModified;

	DirectCodeLookups(ReloadableFile<CodeCatalog> catalogs, PreparedAnswers prepared, LookupCounter lookups,
			LocaleResolver localeResolver, VersionedAnswers answers, ApiCors cors, MeterRegistry meters,
			@Value("${management.observations.http.server.requests.name:http.server.requests}") String timerName) {
		this.catalogs = catalogs;
		this.prepared = prepared;
		this.lookups = lookups;
		this.languages = localeResolver;
		this.cors = cors;
		this.cacheControl = answers.cacheControl();
		this.found = timer(meters, timerName, "200", "SUCCESS");
		this.notModified = timer(meters, timerName, "304", "REDIRECTION");
	}

	/** The timer that the request observation would record a GET of {@code /codes/{status}} in. */
	private static Timer timer(MeterRegistry meters, String name, String status, String outcome) {
		return Timer.builder(name)
			.tag("error", "none")
			.tag("exception", "none")
			.tag("method", "GET")
			.tag("outcome", outcome)
			.tag("status", status)
			.tag("uri", PATTERN)
			.register(meters);
	}

	@Override
	public boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long start = System.nanoTime();
		int answered = lookup(request, response);
		if (answered == PASSED_ON) {
			return false;
		}
		Timer timer = switch (answered) {
			case HttpServletResponse.SC_OK -> this.found;
			case HttpServletResponse.SC_NOT_MODIFIED -> this.notModified;
			default -> null;
		};
		if (timer != null) {
			timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		return true;
	}

	/**
	 * Answers the request if it is a plain lookup of a known code.
	 * @return the status answered, or {@link #PASSED_ON} to leave the request to the controller
	 */
	private int lookup(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!"GET".equals(request.getMethod()) || hasBody(request) || hasOtherPreconditions(request)) {
			return PASSED_ON;
		}
		// the path first: only a lookup's query is parsed here, every other request's is left to the controller
		int status = status(request.getRequestURI(), request.getContextPath().length());
		if (status < 0 || hasOtherParameters(request)) {
			return PASSED_ON;
		}
		Boolean text = wantsText(request);
		if (text == null) {
			return PASSED_ON;
		}
		PreparedAnswers.Prepared rendering = this.prepared.of(this.catalogs.current());
		PreparedAnswers.Answer code = rendering.answer(status);
		if (code == null) {
			return PASSED_ON;
		}
		Language language = text ? Language.of(this.languages.resolveLocale(request)) : null;
		String eTag = rendering.eTag(language);
		Boolean notModified = notModified(request, eTag);
		if (notModified == null) {
			return PASSED_ON;
		}
		this.lookups.count(status, true);
		if (request.getHeader(HttpHeaders.ORIGIN) == null) {
			response.setHeader(HttpHeaders.VARY, VARY);
		}
		else {
			if (!this.cors.process(request, response)) {
				return response.getStatus();
			}
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		response.setHeader(HttpHeaders.ETAG, eTag);
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return HttpServletResponse.SC_NOT_MODIFIED;
		}
		byte[] body = text ? code.text(language) : code.json();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(text ? TEXT_UTF8 : JSON);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		return HttpServletResponse.SC_OK;
	}

	/** The status of a path {@code /codes/} followed by exactly three digits, or -1. */
	static int status(String uri, int start) {
		if (uri.length() != start + PREFIX.length() + 3 || !uri.startsWith(PREFIX, start)) {
			return -1;
		}
		int status = 0;
		for (int i = start + PREFIX.length(); i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			status = status * 10 + (c - '0');
		}
		return status;
	}

	/** Whether the query has a parameter other than {@code format} and {@code lang} ({@code include}, say). */
	private static boolean hasOtherParameters(HttpServletRequest request) {
		if (request.getQueryString() == null) {
			return false;
		}
		Enumeration<String> names = request.getParameterNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			if (!name.equals("format") && !name.equals("lang")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the answer is text rather than JSON, from {@code ?format=} or else from a single, simple
	 * {@code Accept}; {@code null} for anything else.
	 */
	private static Boolean wantsText(HttpServletRequest request) {
		if (request.getQueryString() != null) {
			String format = request.getParameter("format");
			if (format != null) {
				return switch (format) {
					case "json" -> false;
					case "text" -> true;
					default -> null;
				};
			}
		}
		Enumeration<String> accepts = request.getHeaders(HttpHeaders.ACCEPT);
		if (!accepts.hasMoreElements()) {
			return false;
		}
		String accept = accepts.nextElement();
		if (accepts.hasMoreElements()) {
			return null;
		}
		return switch (accept) {
			case "*/*", JSON -> false;
			case TEXT -> true;
			default -> null;
		};
	}

	/**
	 * Whether a single {@code If-None-Match} tag matches the answer's ETag ({@code false} without one);
	 * {@code null} for lists, wildcards and anything unusual.
	 */
	private static Boolean notModified(HttpServletRequest request, String eTag) {
		Enumeration<String> values = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		if (!values.hasMoreElements()) {
			return false;
		}
		String tag = values.nextElement();
		if (values.hasMoreElements() || tag.indexOf(',') >= 0) {
			return null;
		}
		String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
		if (opaque.length() < 2 || opaque.charAt(0) != '"' || opaque.charAt(opaque.length() - 1) != '"'
				|| opaque.indexOf('"', 1) != opaque.length() - 1) {
			return null;
		}
		return opaque.equals(eTag);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	private static boolean hasOtherPreconditions(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_MATCH) != null || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

}
