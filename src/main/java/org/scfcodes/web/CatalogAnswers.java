package org.scfcodes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Builds answers that serve catalog data, with an ETag per catalog version and representation, so that
 * {@code If-None-Match} gets a 304, and with the cache headers that go with it.
 */
@Component
public class CatalogAnswers {

	private final ContentNegotiationManager negotiation;

	private final CacheControl cacheControl;

	CatalogAnswers(ContentNegotiationManager mvcContentNegotiationManager, HttpProperties properties) {
		this.negotiation = mvcContentNegotiationManager;
		this.cacheControl = CacheControl.maxAge(properties.maxAge()).cachePublic();
	}

	/** A 200 answer with the given body, tagged with the catalog version. */
	public <T> ResponseEntity<T> ok(T body, String catalogVersion, NativeWebRequest request) {
		return ResponseEntity.ok()
			.eTag(eTag(catalogVersion, variant(request)))
			.cacheControl(this.cacheControl)
			.varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
			.body(body);
	}

	/**
	 * The quoted ETag of a catalog answer: the catalog version and the representation.
	 * @param catalogVersion the version of the catalog the answer comes from
	 * @param textLanguage the language of a text answer, or {@code null} for JSON
	 */
	public static String eTag(String catalogVersion, Language textLanguage) {
		return "\"" + catalogVersion + "-"
				+ ((textLanguage != null) ? "text-" + textLanguage.name().toLowerCase(Locale.ROOT) : "json") + "\"";
	}

	/** The {@code Cache-Control} value of catalog answers. */
	public String cacheControl() {
		return this.cacheControl.getHeaderValue();
	}

	/** The representation the request will get: JSON ({@code null}), or text in a language. */
	private Language variant(NativeWebRequest request) {
		List<MediaType> requested;
		try {
			requested = this.negotiation.resolveMediaTypes(request)
				.stream()
				.sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
				.toList();
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			return null;
		}
		for (MediaType type : requested) {
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return null;
			}
			if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
				return Language.of(LocaleContextHolder.getLocale());
			}
		}
		return null;
	}

}
