package org.scfcodes.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a handler raises into an RFC 9457 problem, always as {@code application/problem+json},
 * with the request id as its instance and no internal detail.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred. Quote the request id when you report it.");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/** Tomcat refuses parameters and multipart bodies it cannot decode (bad encoding, no boundary, over a limit). */
	@ExceptionHandler({ InvalidParameterException.class, MultipartException.class })
	ResponseEntity<Object> invalidParameters(Exception ex, WebRequest request) {
		boolean tooLarge = false;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			tooLarge |= cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| cause instanceof MaxUploadSizeExceededException;
		}
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, tooLarge
				? "The request is larger than the service accepts here."
				: "The query string or form is not valid: parameters must be UTF-8, percent-encoded, and a multipart "
						+ "body needs its boundary.");
		return createResponseEntity(problem, new HttpHeaders(), status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof BodySizeLimitFilter.BodyTooLargeException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than the service accepts here.");
			return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, BodyErrors.describe(ex));
		problem.setTitle("Unreadable request body");
		return createResponseEntity(problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Invalid request: " + errors.stream()
			.map((error) -> "'" + error.field() + "' " + error.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("the body is not valid"));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return createResponseEntity(problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"No endpoint at " + ex.getHttpMethod() + " /" + ex.getResourcePath()
						+ ". The API is described at /v3/api-docs.");
		return createResponseEntity(problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (body instanceof ProblemDetail problem && servletRequest != null) {
			Problems.complete(problem, servletRequest);
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/** One invalid field of a request body. */
	record FieldError(String field, String message) {
	}

}
