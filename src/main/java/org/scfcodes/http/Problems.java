package org.scfcodes.http;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one writer of problem answers. Every problem body, whether Spring MVC writes it or
 * a filter, valve, CORS check or container error page does, is completed here: a stable
 * {@code type}, the request id as {@code instance} and {@code requestId}, and the
 * {@code limit} of the limit that refused it. Problems written outside Spring MVC are
 * serialised with the same mapper, so their bytes have the same shape.
 */
public final class Problems {

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	/** Adds what every problem body carries. */
	static ProblemDetail complete(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(URI.create(Problem.TYPE_PREFIX + kind(problem.getStatus())));
		}
		String id = RequestIds.assign(request, response);
		problem.setInstance(URI.create(id));
		problem.setProperty("requestId", id);
		return problem;
	}

	/**
	 * Writes a problem as the whole answer, outside Spring MVC, with the headers every
	 * answer carries. The connection is closed after it when the request body was not
	 * read: the unread body must not be taken for the next request.
	 */
	void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, boolean bodyUnread)
			throws IOException {
		byte[] body = bytes(problem, request, response);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (bodyUnread) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * The completed problem's bytes, for writers that have their own way of sending them.
	 */
	byte[] bytes(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) {
		complete(problem, request, response);
		SecurityHeaders.apply(request, response);
		return this.json.writeValueAsBytes(problem);
	}

	/**
	 * A request refused by a size limit: the same problem whether the size was declared
	 * or found while reading.
	 */
	static ProblemDetail tooLarge(String what, long limit) {
		ProblemDetail problem = Problem.detail(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
				"The " + what + " is larger than the " + limit + " bytes the service accepts here.");
		problem.setProperty("limit", limit);
		return problem;
	}

	/**
	 * A request refused, unread, because the service is already doing as many of its kind
	 * as it allows at once: 503 with {@code Retry-After: 1}, the limit in the problem.
	 */
	void busy(String title, String detail, int limit, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ProblemDetail problem = Problem.detail(HttpStatus.SERVICE_UNAVAILABLE, "busy", title, detail);
		problem.setProperty("limit", limit);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		write(problem, request, response, true);
	}

	/**
	 * A stable type for problems made from a bare status, such as the framework's own
	 * refusals.
	 */
	private static String kind(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "status-" + status;
	}

}
