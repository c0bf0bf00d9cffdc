package org.scfcodes.http;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id: a well-formed incoming {@code X-Request-Id} is kept,
 * otherwise one is made. The id is echoed in the response, put in the logging context and
 * used as a problem's {@code instance}.
 */
public class RequestIds extends OncePerRequestFilter {

	/** The request and response header that carries the id. */
	public static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final int MAX_LENGTH = 64;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MDC.put("requestId", assign(request, response));
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Gives the request its id, once: a later call returns the id given first. Answers
	 * made before the filter chain (by a valve) get their id here.
	 * @return the request's id, also set as a request attribute and as the response
	 * header
	 */
	static String assign(HttpServletRequest request, HttpServletResponse response) {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			String incoming = request.getHeader(HEADER);
			id = wellFormed(incoming) ? incoming : newId();
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		return id;
	}

	static boolean wellFormed(@Nullable String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
			return false;
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_' || c == '.';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
	}

}
