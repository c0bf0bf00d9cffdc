package org.scfcodes.http;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON and text bodies over the configured size: at once when the length is
 * declared, and as soon as the limit is passed when it is not (the same problem either
 * way). Uploads declared larger than the multipart limit are refused before parsing.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final long multipartLimit;

	private final Problems problems;

	BodySizeLimitFilter(long limit, long multipartLimit, Problems problems) {
		this.limit = limit;
		this.multipartLimit = multipartLimit;
		this.problems = problems;
	}

	/**
	 * A request without a body (a lookup) has nothing to limit, and goes on unwrapped.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request)) {
			if (request.getContentLengthLong() > this.multipartLimit) {
				this.problems.write(Problems.tooLarge(Problems.Refused.UPLOAD, this.multipartLimit), request, response,
						true);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > this.limit) {
			this.problems.write(Problems.tooLarge(Problems.Refused.REQUEST_BODY, this.limit), request, response, true);
			return;
		}
		chain.doFilter(new LimitedRequest(request, this.limit), response);
	}

	static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Thrown when an undeclared body passes the limit while it is read. */
	static class BodyTooLargeException extends IOException {

		private final long limit;

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private @Nullable ServletInputStream stream;

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

		private final long limit;

		private long remaining;

		LimitedStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0 && --this.remaining < 0) {
				throw new BodyTooLargeException(this.limit);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0 && (this.remaining -= read) < 0) {
				throw new BodyTooLargeException(this.limit);
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
