package org.scfcodes.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only so many uploads be read and checked at once. An upload is held in memory while it is parsed and read
 * (up to the multipart limit, in more than one copy), so this is what bounds the heap that uploads can take. Another
 * upload meanwhile is refused at once, unread, with 503 and {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class UploadLimitFilter extends OncePerRequestFilter {

	private final int limit;

	private final Semaphore permits;

	private final JsonMapper json;

	UploadLimitFilter(HttpProperties properties, JsonMapper json) {
		this.limit = properties.maxConcurrentUploads();
		this.permits = new Semaphore(this.limit);
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BodySizeLimitFilter.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.permits.tryAcquire()) {
			Problems.busy("Too many uploads at once", "The service is checking " + this.limit
					+ " uploads already; send this one again in a moment.", this.limit, request, response, this.json);
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
