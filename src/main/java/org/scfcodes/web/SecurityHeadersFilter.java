package org.scfcodes.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Restrictive defaults on every answer: no content sniffing, no framing, no referrer, and a content security
 * policy that lets API answers load nothing and pages load only from this service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class SecurityHeadersFilter extends OncePerRequestFilter {

	private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		apply(request, response);
		chain.doFilter(request, response);
	}

	/** Sets the headers on an answer; setting them again changes nothing. */
	public static void apply(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy", isPage(request.getRequestURI()) ? PAGE_POLICY : API_POLICY);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static boolean isPage(String path) {
		return path.equals("/") || path.equals("/index.html") || path.startsWith("/swagger-ui")
				|| path.startsWith("/assets/");
	}

}
