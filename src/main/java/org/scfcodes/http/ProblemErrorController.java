package org.scfcodes.http;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reach a handler (rejected URLs, errors in filters) as
 * problems, in place of Spring Boot's default error body.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private final long uploadLimit;

	private final AllowedMethods allowed;

	private final Problems problems;

	ProblemErrorController(HttpEdgeConfiguration.Limits limits, AllowedMethods allowed, Problems problems) {
		this.uploadLimit = limits.upload();
		this.allowed = allowed;
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail problem = (status == HttpStatus.CONTENT_TOO_LARGE)
				? Problems.tooLarge(Problems.Refused.UPLOAD, this.uploadLimit)
				: status.is4xxClientError() ? Problem.variantDetail(status, Problems.kind(status.value()), "rejected",
						status.getReasonPhrase()) : Problem.detail(status, Problems.kind(status.value()));
		HttpHeaders headers = new HttpHeaders();
		// a method the container refuses itself (TRACE): Allow names the path's methods,
		// as the API's own 405 does
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String allow = (status == HttpStatus.METHOD_NOT_ALLOWED && path instanceof String uri) ? this.allowed.of(uri)
				: null;
		if (allow != null) {
			headers.set(HttpHeaders.ALLOW, allow);
		}
		return this.problems.entity(problem, headers, status, request, response);
	}

}
