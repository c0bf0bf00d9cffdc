package org.scfcodes.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON and text bodies over the configured size: at once when the length is declared, and as soon as the
 * limit is passed when it is not. Uploads declared larger than the multipart limit are refused before parsing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final long multipartLimit;

	private final JsonMapper json;

	BodySizeLimitFilter(HttpProperties properties,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartLimit, JsonMapper json) {
		this.limit = properties.maxBodySize().toBytes();
		this.multipartLimit = multipartLimit.toBytes();
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request)) {
			if (request.getContentLengthLong() > this.multipartLimit) {
				refuse(request, response, this.multipartLimit);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.limit) {
			refuse(request, response, this.limit);
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.limit), response);
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Answers at once, without reading the body (an error dispatch would try to parse an upload again). */
	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request is larger than the " + limit + " bytes the service accepts here.");
		problem.setProperty("limit", limit);
		Problems.refuse(problem, request, response, this.json);
	}

	/** Thrown when an undeclared body passes the limit while it is read. */
	static class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("The request body is too large");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private long remaining;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0 && --this.remaining < 0) {
				throw new BodyTooLargeException();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0 && (this.remaining -= read) < 0) {
				throw new BodyTooLargeException();
			}
			return read;
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
