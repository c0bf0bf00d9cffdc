package org.scfcodes.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Restrictive defaults on every answer: no content sniffing, no framing, no referrer, and
 * a content security policy that lets API answers load nothing and pages load only from
 * this service.
 */
class SecurityHeaders extends OncePerRequestFilter {

	private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(request, response);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Sets the headers on an answer; setting them again changes nothing. Answers made by
	 * valves get them here.
	 */
	static void apply(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy", isPage(request.getRequestURI()) ? PAGE_POLICY : API_POLICY);
	}

	private static boolean isPage(@Nullable String path) {
		return path != null && (path.equals("/") || path.equals("/index.html") || path.startsWith("/swagger-ui")
				|| path.startsWith("/assets/"));
	}

}
