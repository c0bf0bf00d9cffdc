package org.scfcodes.http;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only so many uploads be read and checked at once. An upload's package is read
 * whole into memory to be checked (up to the multipart limit), so this is what bounds the
 * heap that uploads can take. Another upload meanwhile is refused at once, unread, with
 * 503 and {@code Retry-After}.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	private final int limit;

	private final Semaphore permits;

	private final Problems problems;

	UploadLimitFilter(int limit, Problems problems) {
		this.limit = limit;
		this.permits = new Semaphore(limit);
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BodySizeLimitFilter.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.permits.tryAcquire()) {
			this.problems.busy(this.limit, request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

}
