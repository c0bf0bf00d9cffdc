package org.scfcodes.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.scfcodes.text.Columns;
import org.scfcodes.text.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one writer of problem answers. Every problem body, whether Spring MVC writes it or
 * a filter, valve, CORS check or container error page does, is completed here: a stable
 * {@code type}, its title and detail read from the messages in the request's language
 * ({@code ?lang=}, else {@code Accept-Language}, else English), the request id as
 * {@code instance} and {@code requestId}, and the {@code limit} of the limit that refused
 * it. Problems written outside Spring MVC are serialised with the same mapper, so their
 * bytes have the same shape. A request that would take a text answer (text/plain,
 * {@code ?format=text}, a terminal client) takes its problem as text too: the status and
 * title, the detail, the members worth reading, the request id.
 */
public final class Problems {

	/** The members a text problem shows, in this order, each under its label. */
	private static final List<String> SHOWN = List.of("nearest", "matches", "retired", "known", "accepted", "platforms",
			"limit", "errors", "encoded");

	private final JsonMapper json;

	private final MessageSource messages;

	Problems(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** Adds what every problem body carries, in the request's language. */
	ProblemDetail complete(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		return complete(problem, language(request), request, response);
	}

	private ProblemDetail complete(ProblemDetail problem, Language language, HttpServletRequest request,
			HttpServletResponse response) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(URI.create(Problem.TYPE_PREFIX + kind(problem.getStatus())));
		}
		if (problem instanceof Problem.Worded worded) {
			Locale locale = language.locale();
			String general = "problem." + ((problem.getStatus() >= 500) ? "server-error" : "client-error");
			Object[] arguments = arguments(worded.arguments(), locale);
			problem.setTitle(message(locale, arguments, worded.titleCode(), general + ".title"));
			problem.setDetail(message(locale, arguments, worded.detailCode(),
					(worded.variant() != null) ? general + ".detail." + worded.variant() : null, general + ".detail"));
		}
		String id = RequestIds.assign(request, response);
		problem.setInstance(URI.create(id));
		problem.setProperty("requestId", id);
		return problem;
	}

	/**
	 * The answer Spring MVC writes for a problem: JSON ({@link #complete} is called as it
	 * is written), or the completed problem's text where the request would take text.
	 */
	ResponseEntity<Object> entity(ProblemDetail problem, HttpHeaders headers, HttpStatusCode status,
			HttpServletRequest request, @Nullable HttpServletResponse response) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).headers(headers);
		if (request != null && response != null && wantsText(request)) {
			Language language = language(request);
			return answer.contentType(Representation.TEXT_UTF8)
				.body(text(complete(problem, language, request, response), language));
		}
		return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The answer to a problem a handler of a module returns from its own exception
	 * handler, as {@link ProblemDetailsAdvice} answers the rest.
	 */
	public ResponseEntity<Object> answer(Problem problem, HttpServletRequest request, HttpServletResponse response) {
		return entity(problem.getBody(), problem.getHeaders(), problem.getStatusCode(), request, response);
	}

	/**
	 * Writes a problem as the whole answer, outside Spring MVC, with the headers every
	 * answer carries. The connection is closed after it when the request body was not
	 * read: the unread body must not be taken for the next request.
	 */
	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, boolean bodyUnread)
			throws IOException {
		byte[] body;
		String type;
		if (wantsText(request)) {
			Language language = language(request);
			complete(problem, language, request, response);
			SecurityHeaders.apply(request, response);
			body = text(problem, language).getBytes(StandardCharsets.UTF_8);
			type = Representation.TEXT_UTF8.toString();
		}
		else {
			body = bytes(problem, request, response);
			type = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
		}
		response.setStatus(problem.getStatus());
		response.setContentType(type);
		if (bodyUnread) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The completed problem's bytes as JSON, for writers that have their own way of
	 * sending them.
	 */
	byte[] bytes(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		complete(problem, request, response);
		SecurityHeaders.apply(request, response);
		return this.json.writeValueAsBytes(problem);
	}

	/**
	 * The problem as a person reads it in a terminal: the status and title, the detail
	 * wrapped, the members that help (suggestions, what is accepted, the limit), each
	 * under its label ({@code problem.member.<name>}, or
	 * {@code problem.member.<name>.<type>} where the type says more), the request id; a
	 * newline at the end.
	 */
	String text(ProblemDetail problem, Language language) {
		Locale locale = language.locale();
		StringBuilder text = new StringBuilder();
		text.append(problem.getStatus()).append(' ').append(problem.getTitle()).append('\n');
		if (problem.getDetail() != null) {
			Columns.wrap(problem.getDetail(), Columns.TERMINAL, Integer.MAX_VALUE, "")
				.forEach((line) -> text.append(line).append('\n'));
		}
		Map<String, Object> members = (problem.getProperties() != null) ? problem.getProperties() : Map.of();
		String type = String.valueOf(problem.getType()).replace(Problem.TYPE_PREFIX, "");
		for (String name : SHOWN) {
			Object value = members.get(name);
			if (value == null) {
				continue;
			}
			String label = "problem.member." + name + "." + type;
			if (this.messages.getMessage(label, null, null, locale) == null) {
				label = "problem.member." + name;
			}
			if (name.equals("errors")) {
				text.append(this.messages.getMessage(label, null, locale)).append('\n');
				for (JsonNode error : this.json.valueToTree(value)) {
					text.append("  ").append(joined(error, " ", locale)).append('\n');
				}
				continue;
			}
			JsonNode tree = this.json.valueToTree(value);
			String shown = joined(tree, ", ", locale);
			if (!shown.isEmpty() && !saidIn(problem.getDetail(), tree)) {
				Columns
					.wrap(this.messages.getMessage(label, new Object[] { shown }, locale), Columns.TERMINAL,
							Integer.MAX_VALUE, "  ")
					.forEach((line) -> text.append(line).append('\n'));
			}
		}
		Object id = members.get("requestId");
		if (id != null) {
			text.append(this.messages.getMessage("problem.member.requestId", new Object[] { id }, locale)).append('\n');
		}
		return text.toString();
	}

	/**
	 * A request refused by a size limit: the same problem whether the size was declared
	 * or found while reading.
	 */
	static ProblemDetail tooLarge(Refused what, long limit) {
		ProblemDetail problem = Problem.variantDetail(HttpStatus.CONTENT_TOO_LARGE, "too-large", what.variant, limit);
		problem.setProperty("limit", limit);
		return problem;
	}

	/** What a size limit refused. */
	enum Refused {

		REQUEST_BODY("request-body"), UPLOAD("upload"), UPLOADED_FILE("uploaded-file");

		private final String variant;

		Refused(String variant) {
			this.variant = variant;
		}

	}

	/**
	 * A request refused, unread, because the service is already doing as many of its kind
	 * as it allows at once: 503 with {@code Retry-After: 1}, the limit in the problem.
	 */
	void busy(int limit, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = Problem.detail(HttpStatus.SERVICE_UNAVAILABLE, "busy", limit);
		problem.setProperty("limit", limit);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		write(problem, request, response, true);
	}

	/**
	 * The language of the request's problems; English when the request is too broken to
	 * read it from.
	 */
	static Language language(HttpServletRequest request) {
		try {
			return Representations.of(request).language();
		}
		catch (RuntimeException ex) {
			return Language.EN;
		}
	}

	/**
	 * Whether the request would take a text answer, and so takes its problem as text; not
	 * when it names JSON or the problem type in {@code Accept} (whatever {@code format}
	 * says), nor when it is too broken to tell.
	 */
	static boolean wantsText(HttpServletRequest request) {
		try {
			boolean json = Representations.accepted(request)
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && !type.isWildcardSubtype()
						&& (type.isCompatibleWith(MediaType.APPLICATION_JSON)
								|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
			return !json && Representations.of(request).text();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A stable type for problems made from a bare status, such as the framework's own
	 * refusals.
	 */
	static String kind(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "status-" + status;
	}

	/** The first of the messages that exists, in the language. */
	private String message(Locale locale, Object[] arguments, @Nullable String... codes) {
		for (String code : codes) {
			String message = (code != null) ? this.messages.getMessage(code, arguments, null, locale) : null;
			if (message != null) {
				return message;
			}
		}
		return this.messages.getMessage(codes[codes.length - 1], arguments, locale);
	}

	/** The arguments of a message, lists written as the language lists. */
	private Object[] arguments(Object[] arguments, Locale locale) {
		Object[] written = arguments.clone();
		for (int i = 0; i < written.length; i++) {
			if (written[i] instanceof List<?> list) {
				written[i] = String.join(this.messages.getMessage("list.separator", null, locale),
						list.stream().map(String::valueOf).toList());
			}
		}
		return written;
	}

	/**
	 * Whether the detail already gives every value of a list, each as a word of its own:
	 * the list is then not said twice.
	 */
	private static boolean saidIn(@Nullable String detail, JsonNode value) {
		if (detail == null || !value.isArray() || value.isEmpty()) {
			return false;
		}
		for (JsonNode item : value) {
			if (!item.isValueNode()
					|| !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(item.asString()) + "(?![\\p{L}\\p{N}])")
						.matcher(detail)
						.find()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A member's value in a line: a list's items joined, an object's values (a code and
	 * its name, say) joined by spaces.
	 */
	private String joined(JsonNode value, String separator, Locale locale) {
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(joined(item, " ", locale)));
			return String.join(separator.equals(" ") ? " " : this.messages.getMessage("list.separator", null, locale),
					items);
		}
		if (value.isObject()) {
			List<String> parts = new ArrayList<>();
			for (JsonNode part : value.values()) {
				if (part.isValueNode()) {
					parts.add(part.asString());
				}
				else if (part.isArray()) {
					parts.add(joined(part, ", ", locale));
				}
			}
			return String.join(" ", parts);
		}
		return value.asString();
	}

}
