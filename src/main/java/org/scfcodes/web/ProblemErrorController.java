package org.scfcodes.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reach a handler (rejected URLs, filter errors) as problems, in place of Spring
 * Boot's default error body.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

	private final DataSize maxRequestSize;

	ProblemErrorController(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		long limit = this.maxRequestSize.toBytes();
		String detail = (status == HttpStatus.CONTENT_TOO_LARGE)
				? "The request is larger than the " + limit + " bytes the service accepts here."
				: status.is4xxClientError() ? "The request was rejected before it reached the API: "
				+ status.getReasonPhrase() + "." : "An unexpected error occurred. Quote the request id when you report it.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			problem.setProperty("limit", limit);
		}
		Problems.complete(problem, request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
