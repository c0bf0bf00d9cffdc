package org.scfcodes.http;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	ProblemErrorController(HttpEdgeConfiguration.Limits limits, AllowedMethods allowed) {
		this.uploadLimit = limits.upload();
		this.allowed = allowed;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail problem = (status == HttpStatus.CONTENT_TOO_LARGE) ? Problems.tooLarge("upload", this.uploadLimit)
				: ProblemDetail.forStatusAndDetail(status,
						status.is4xxClientError()
								? "The request was rejected before it reached the API: " + status.getReasonPhrase()
										+ "."
								: "An unexpected error occurred. Quote the request id when you report it.");
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// a method the container refuses itself (TRACE): Allow names the path's methods,
		// as the API's own 405 does
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String allow = (status == HttpStatus.METHOD_NOT_ALLOWED && path instanceof String uri) ? this.allowed.of(uri)
				: null;
		if (allow != null) {
			answer.header(HttpHeaders.ALLOW, allow);
		}
		return answer.body(problem);
	}

}
