package org.scfcodes.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * What every problem body carries besides its status (the request id as its instance), and problems written by
 * filters.
 */
final class Problems {

	private Problems() {
	}

	/**
	 * Writes a problem as the whole answer from a filter, without reading the request body, and closes the
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

	static void complete(ProblemDetail problem, HttpServletRequest request) {
		String id = RequestIdFilter.idOf(request);
		if (id != null) {
			problem.setInstance(URI.create(id));
			problem.setProperty("requestId", id);
		}
	}

}
