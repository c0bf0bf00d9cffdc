package org.scfcodes.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.scfcodes.text.Labels;
import org.scfcodes.text.PlainText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Writes every answer of the API in its request's {@link Representation}: JSON, or text
 * in a language. An answer that a data version fixes is rendered once per version,
 * representation and request key, and kept in the bounded {@code answers} cache with its
 * weak ETag, gzipped too from the container's compression threshold (so that it is
 * compressed once, not on every request, and its length is known); a client's current
 * {@code If-None-Match} (or {@code *}, which RFC 9110 §13.1.2 makes true of any current
 * representation) gets {@code 304 Not Modified}.
 */
public final class Answers {

	/** The name of the cache of rendered answers. */
	static final String CACHE = "answers";

	private final Cache cache;

	private final JsonMapper json;

	private final MessageSource messages;

	private final CacheControl cacheControl;

	/**
	 * The size from which an answer is kept gzipped too, for the clients that accept it.
	 */
	private final long gzipFrom;

	/** A quality of zero ({@code q=0}, {@code q=0.000}): the coding is refused. */
	private static final Pattern ZERO_QUALITY = Pattern.compile("0(\\.0{0,3})?");

	Answers(Cache cache, JsonMapper json, MessageSource messages, CacheControl cacheControl, long gzipFrom) {
		this.gzipFrom = gzipFrom;
		this.cache = cache;
		this.json = json;
		this.messages = messages;
		this.cacheControl = cacheControl;
	}

	/**
	 * A GET answer that the data version fixes.
	 * @param version the version of the data the answer is made from (of each file it
	 * reads, joined)
	 * @param key what was asked, as given (a code, a name, words…), which with the
	 * version fixes the answer
	 * @param body makes the answer, called only when it is not rendered yet
	 */
	public ResponseEntity<byte[]> versioned(String version, String key, Representation representation,
			WebRequest request, Supplier<?> body) {
		Rendered rendered = this.cache.get(new Key(version, key, representation.tag()),
				() -> render(body.get(), representation, eTag(version, representation)).gzipped(this.gzipFrom));
		boolean notModified = matchesAny(request);
		ResponseEntity.BodyBuilder answer = notModified ? ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				: ResponseEntity.ok();
		answer.eTag(rendered.eTag())
			.cacheControl(this.cacheControl)
			.varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.USER_AGENT,
					HttpHeaders.ACCEPT_ENCODING);
		if (notModified) {
			return answer.build();
		}
		if (rendered.gzip() != null && acceptsGzip(request)) {
			// compressed once, when rendered; its length is known, for HEAD as for GET
			return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip")
				.contentType(rendered.type())
				.body(rendered.gzip());
		}
		return answer.contentType(rendered.type()).body(rendered.body());
	}

	/**
	 * Whether the client takes gzip: {@code Accept-Encoding} names it, or {@code *}, with
	 * a quality above zero.
	 */
	static boolean acceptsGzip(WebRequest request) {
		String[] values = request.getHeaderValues(HttpHeaders.ACCEPT_ENCODING);
		if (values == null) {
			return false;
		}
		boolean named = false;
		boolean any = false;
		for (String value : values) {
			for (String coding : value.split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				boolean refused = false;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
					if (parameter.startsWith("q=")) {
						refused = ZERO_QUALITY.matcher(parameter.substring(2).strip()).matches();
					}
				}
				if (name.equals("gzip") || name.equals("x-gzip")) {
					if (refused) {
						return false;
					}
					named = true;
				}
				else if (name.equals("*")) {
					any = !refused;
				}
			}
		}
		return named || any;
	}

	/**
	 * A browser sent to the page for what it asked ({@code 303 See Other}), in the
	 * language it asked with {@code ?lang=}.
	 * @param page the page's address, such as {@code /?code=433}
	 */
	public ResponseEntity<byte[]> page(String page, WebRequest request) {
		return seeOther(page, request);
	}

	/**
	 * A client sent to the address that answers what it asked ({@code 303 See Other}), in
	 * the language it asked with {@code ?lang=}.
	 * @param location the address, with a query string, such as
	 * {@code /codes?status=433,434}
	 */
	public ResponseEntity<byte[]> seeOther(String location, WebRequest request) {
		String lang = request.getParameter("lang");
		String sent = ("zh".equals(lang) || "en".equals(lang)) ? location + "&lang=" + lang : location;
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, sent)
			.varyBy(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.USER_AGENT)
			// said for HEAD as for GET
			.contentLength(0)
			.build();
	}

	/**
	 * An answer made for this request alone (a check, a decoding), written in its
	 * representation.
	 */
	public ResponseEntity<byte[]> computed(Object body, Representation representation) {
		Rendered rendered = render(body, representation, null);
		return ResponseEntity.ok().contentType(rendered.type()).body(rendered.body());
	}

	/**
	 * Forgets every rendered answer: after a data file is reloaded, the answers of its
	 * old version are not asked again.
	 */
	void clear() {
		this.cache.clear();
	}

	/**
	 * The ETag of the answers of one data version in one representation: weak, since the
	 * same answer is sent gzipped to a client that accepts it and as it is to others.
	 */
	public static String eTag(String version, Representation representation) {
		return "W/\"" + version + "-" + representation.tag() + "\"";
	}

	private Rendered render(Object body, Representation representation, @Nullable String eTag) {
		if (!representation.text()) {
			return new Rendered(this.json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, eTag);
		}
		if (!(body instanceof PlainText text)) {
			// a handler produces text only for answers that can be read as text
			throw new IllegalStateException(body.getClass().getSimpleName() + " has no text form");
		}
		String written = text.toPlainText(new Labels(this.messages, representation.language()));
		if (!written.endsWith("\n")) {
			// a terminal's prompt goes on a line of its own
			written = written + "\n";
		}
		return new Rendered(written.getBytes(StandardCharsets.UTF_8), Representation.TEXT_UTF8, eTag);
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

	/** What fixes a rendered answer. */
	record Key(String version, String key, String representation) {
	}

	/**
	 * An answer's bytes, media type and ETag, as rendered once, and its bytes gzipped
	 * when it is large enough to be sent so.
	 */
	record Rendered(byte[] body, MediaType type, String eTag, byte[] gzip) {

		Rendered(byte[] body, MediaType type, @Nullable String eTag) {
			this(body, type, eTag, null);
		}

		/** The same answer, gzipped too if it has {@code from} bytes or more. */
		Rendered gzipped(long from) {
			if (this.body.length < from) {
				return this;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(this.body.length / 4 + 64);
			try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
				gzip.write(this.body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Rendered(this.body, this.type, this.eTag, out.toByteArray());
		}

		/** Roughly what the answer holds in memory, for the cache's bound. */
		int weight() {
			return this.body.length + ((this.gzip != null) ? this.gzip.length : 0) + 128;
		}

	}

}
