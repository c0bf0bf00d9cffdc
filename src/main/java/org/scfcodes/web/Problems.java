package org.scfcodes.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;

/**
 * What every problem body carries besides its status: the request id as its instance.
 */
final class Problems {

	private Problems() {
	}

	static void complete(ProblemDetail problem, HttpServletRequest request) {
		String id = RequestIdFilter.idOf(request);
		if (id != null) {
			problem.setInstance(URI.create(id));
			problem.setProperty("requestId", id);
		}
	}

}
