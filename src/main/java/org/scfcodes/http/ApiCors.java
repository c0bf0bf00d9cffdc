package org.scfcodes.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;

/**
 * Cross-origin access to the API: read-only, from any origin. One definition and one
 * processor, used by Spring MVC's handler mappings and by the filters that answer before
 * them.
 */
public final class ApiCors {

	/** The rules, for Spring MVC's CORS registry and for {@link #process}. */
	static final CorsConfiguration CONFIGURATION = configuration();

	private final CorsProcessor processor;

	ApiCors(Problems problems, AllowedMethods allowed) {
		this.processor = new ProblemCorsProcessor(problems, allowed);
	}

	private static CorsConfiguration configuration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		configuration.setAllowedMethods(List.of("GET", "HEAD"));
		configuration.setAllowedHeaders(List.of(CorsConfiguration.ALL));
		configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, RequestIds.HEADER));
		configuration.setMaxAge(3600L);
		return configuration;
	}

	/**
	 * Applies the API's CORS rules to a request, exactly as Spring MVC's handler mappings
	 * do.
	 * @return {@code false} when the request was refused and the refusal already written
	 */
	public boolean process(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return this.processor.processRequest(CONFIGURATION, request, response);
	}

	CorsProcessor processor() {
		return this.processor;
	}

}
