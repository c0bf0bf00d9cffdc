package org.scfcodes.http;

import org.scfcodes.text.Language;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers whose content a data version fixes (the catalog, the runtimes file): a strong ETag per version and
 * representation, {@code 304 Not Modified} for a current {@code If-None-Match} (Spring's own check, plus {@code *},
 * which RFC 9110 §13.1.2 makes true of any current representation), and the cache headers that go with them.
 */
public final class VersionedAnswers {

	/** The representation of JSON answers, as named in their ETags. */
	public static final String JSON = "json";

	private final CacheControl cacheControl;

	VersionedAnswers(HttpProperties properties) {
		this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic();
	}

	/** The representation of text answers in a language, as named in their ETags. */
	public static String text(Language language) {
		return "text-" + language.tag();
	}

	/** The quoted ETag of the answers of one data version in one representation. */
	public static String eTag(String version, String representation) {
		return "\"" + version + "-" + representation + "\"";
	}

	/** The {@code Cache-Control} value of versioned answers. */
	public String cacheControl() {
		return this.cacheControl.getHeaderValue();
	}

	/** A 200 answer tagged with its version and representation, or a 304 when the client's copy is current. */
	public <T> ResponseEntity<T> ok(T body, String version, String representation, WebRequest request) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (matchesAny(request)) {
			answer = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
			body = null;
		}
		return answer.eTag(eTag(version, representation))
			.cacheControl(this.cacheControl)
			.varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	private static boolean matchesAny(WebRequest request) {
		String[] tags = request.getHeaderValues(HttpHeaders.IF_NONE_MATCH);
		if (tags == null) {
			return false;
		}
		for (String tag : tags) {
			if (tag.strip().equals("*")) {
				return true;
			}
		}
		return false;
	}

}
