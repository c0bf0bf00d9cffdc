package org.scfcodes.http;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.scfcodes.text.Printable;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a handler raises into an RFC 9457 problem, with no internal
 * detail, its title and detail in the request's language, as
 * {@code application/problem+json} or, to a request that would take text, as text; and
 * completes every problem body Spring MVC writes (module advices' included) with
 * {@link Problems#complete}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final HttpEdgeConfiguration.Limits limits;

	private final MessageSource messages;

	private final AllowedMethods allowed;

	private final Problems problems;

	ProblemDetailsAdvice(HttpEdgeConfiguration.Limits limits, MessageSource messages, AllowedMethods allowed,
			Problems problems) {
		this.limits = limits;
		this.messages = messages;
		this.allowed = allowed;
		this.problems = problems;
	}

	/**
	 * A method the path does not have: {@code Allow} names every method it has, HEAD and
	 * OPTIONS included.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String allow = (request instanceof ServletWebRequest servlet) ? this.allowed.of(servlet.getRequest()) : null;
		HttpHeaders allowing = new HttpHeaders();
		allowing.putAll(headers);
		if (allow != null) {
			allowing.set(HttpHeaders.ALLOW, allow);
		}
		String methods = (allowing.getFirst(HttpHeaders.ALLOW) != null) ? allowing.getFirst(HttpHeaders.ALLOW)
				: String.join(", ", (ex.getSupportedMethods() != null) ? ex.getSupportedMethods() : new String[0]);
		// HEAD is answered as the GET would be, its problem's length too
		String method = HttpMethod.HEAD.matches(ex.getMethod()) ? HttpMethod.GET.name() : ex.getMethod();
		ProblemDetail problem = Problem.detail(status, "method-not-allowed", Printable.of(method), methods);
		return handleExceptionInternal(ex, problem, allowing, status, request);
	}

	/**
	 * A body in a type the endpoint does not take: the problem names the header to send
	 * and the types it takes ({@code Accept} lists them too, as Spring writes it).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> taken = ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
		String sent = (ex.getContentType() != null) ? ex.getContentType().toString() : "none";
		ProblemDetail problem = Problem.detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				Printable.of(sent), taken);
		problem.setProperty("accepted", taken);
		return createResponseEntity(problem, headers, status, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected error", ex);
		ProblemDetail problem = Problem.detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-server-error");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	/**
	 * Tomcat refuses parameters and multipart bodies it cannot decode (bad encoding, no
	 * boundary).
	 */
	@ExceptionHandler({ InvalidParameterException.class, MultipartException.class })
	ResponseEntity<Object> invalidParameters(Exception ex, WebRequest request) {
		ProblemDetail problem = Problem.detail(HttpStatus.BAD_REQUEST, "invalid-parameters");
		return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * An upload over a limit of the multipart parser: one file over
	 * {@code max-file-size}, named as the file with its own limit, or the whole request
	 * over {@code max-request-size}.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileSizeLimitExceededException file && file.getPermittedSize() > 0) {
				return createResponseEntity(Problems.tooLarge(Problems.Refused.UPLOADED_FILE, file.getPermittedSize()),
						headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
		}
		return createResponseEntity(Problems.tooLarge(Problems.Refused.UPLOAD, this.limits.upload()), headers,
				HttpStatus.CONTENT_TOO_LARGE, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
			return createResponseEntity(Problems.tooLarge(Problems.Refused.REQUEST_BODY, tooLarge.limit()), headers,
					HttpStatus.CONTENT_TOO_LARGE, request);
		}
		return createResponseEntity(BodyErrors.describe(ex), headers, status, request);
	}

	/**
	 * A request body that breaks a field's rule: the problem names each field and its
	 * rule, in the request's language throughout (the rules' own messages follow the
	 * request's locale).
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> new FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		String fields = errors.stream()
			.map((error) -> this.messages.getMessage("problem.invalid-request.field",
					new Object[] { error.field(), error.message() }, locale))
			.reduce((a, b) -> a + "; " + b)
			.orElse("");
		ProblemDetail problem = Problem.detail(HttpStatus.BAD_REQUEST, "invalid-request", fields);
		problem.setProperty("errors", errors);
		return createResponseEntity(problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// HEAD is answered as the GET would be, its problem's length too
		HttpMethod method = HttpMethod.HEAD.equals(ex.getHttpMethod()) ? HttpMethod.GET : ex.getHttpMethod();
		ProblemDetail problem = Problem.detail(status, "not-found", method + " /" + Printable.of(ex.getResourcePath()));
		return createResponseEntity(problem, headers, status, request);
	}

	/**
	 * The framework's other refusals (a missing parameter or part, a value of the wrong
	 * type, a representation the operation does not have…), and the service's own
	 * {@link Problem}s, with their words from the messages.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		return super.handleExceptionInternal(ex, (body != null) ? body : problemOf(ex, statusCode), headers, statusCode,
				request);
	}

	private static ProblemDetail problemOf(Exception ex, HttpStatusCode status) {
		String kind = Problems.kind(status.value());
		if (ex instanceof Problem problem) {
			return problem.getBody();
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return Problem.variantDetail(status, kind, "missing-parameter", Printable.of(missing.getParameterName()));
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return Problem.variantDetail(status, kind, "missing-part", Printable.of(missing.getRequestPartName()));
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return Problem.variantDetail(status, kind, "type-mismatch", Printable.of(mismatch.getName()),
					Printable.of(String.valueOf(mismatch.getValue())));
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
			return Problem.detail(status, kind,
					notAcceptable.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
		}
		if (ex instanceof NoHandlerFoundException notFound) {
			return Problem.detail(status, kind,
					notFound.getHttpMethod() + " " + Printable.of(notFound.getRequestURL()));
		}
		return Problem.detail(status, kind);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body instanceof ProblemDetail problem && request instanceof ServletWebRequest servlet) {
			return this.problems.entity(problem, headers, status, servlet.getRequest(), servlet.getResponse());
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servletRequest
				&& response instanceof ServletServerHttpResponse servletResponse) {
			HttpServletRequest httpRequest = servletRequest.getServletRequest();
			HttpServletResponse httpResponse = servletResponse.getServletResponse();
			return this.problems.complete(problem, httpRequest, httpResponse);
		}
		return body;
	}

	/** One invalid field of a request body. */
	record FieldError(String field, String message) {
	}

}
