package org.scfcodes.http;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal (anything but GET and HEAD from another origin)
 * answered as a problem like every other refusal.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final Problems problems;

	private final AllowedMethods allowed;

	ProblemCorsProcessor(Problems problems, AllowedMethods allowed) {
		this.problems = problems;
		this.allowed = allowed;
	}

	@Override
	public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean allowed = super.processRequest(configuration, request, response);
		if (allowed && CorsUtils.isPreFlightRequest(request)) {
			// the methods of the path, as a plain OPTIONS names them, rather than the
			// servlet's list of every method
			// it implements
			String allow = this.allowed.of(request);
			if (allow != null) {
				response.setHeader(HttpHeaders.ALLOW, allow);
			}
		}
		if (!allowed && response.containsHeader(HttpHeaders.ALLOW)) {
			// a refusal of a request the container had already refused (a TRACE) keeps no
			// list of the container's
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String allow = this.allowed.of((uri instanceof String path) ? path : request.getRequestURI());
			if (allow != null) {
				response.setHeader(HttpHeaders.ALLOW, allow);
			}
		}
		if (!allowed) {
			ProblemDetail problem = Problem.detail(HttpStatus.FORBIDDEN, "cross-origin-refused");
			this.problems.write(problem, request, response, false);
		}
		return allowed;
	}

	/**
	 * Sends the status and the {@code Vary} headers only; {@link #processRequest} writes
	 * the problem.
	 */
	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.flush();
	}

}
