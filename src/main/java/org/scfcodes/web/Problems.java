package org.scfcodes.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * What every problem body carries besides its status (the request id as its instance), and problems written before
 * Spring MVC, by filters and valves.
 */
final class Problems {

	private Problems() {
	}

	/**
	 * Writes a problem as the whole answer from a filter or valve, without reading the request body, and closes the
	 * connection (the unread body must not be taken for the next request).
	 */
	static void refuse(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, JsonMapper json)
			throws IOException {
		complete(problem, request);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Refuses a request, unread, because the service is already doing as many of its kind as it allows at once: 503
	 * with {@code Retry-After: 1}, the limit in the problem.
	 */
	static void busy(String title, String detail, int limit, HttpServletRequest request, HttpServletResponse response,
			JsonMapper json) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
		problem.setTitle(title);
		problem.setProperty("limit", limit);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		refuse(problem, request, response, json);
	}

	static void complete(ProblemDetail problem, HttpServletRequest request) {
		String id = RequestIdFilter.idOf(request);
		if (id != null) {
			problem.setInstance(URI.create(id));
			problem.setProperty("requestId", id);
		}
	}

}
