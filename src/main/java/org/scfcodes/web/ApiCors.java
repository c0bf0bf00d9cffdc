package org.scfcodes.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;

/**
 * Cross-origin access to the API: read-only, from any origin. One definition, used by Spring MVC's handler mappings
 * and by the filters that answer before them.
 */
public final class ApiCors {

	private static final CorsConfiguration CONFIGURATION = configuration();

	private static final CorsProcessor PROCESSOR = new ProblemCorsProcessor();

	private ApiCors() {
	}

	/**
	 * Applies the API's CORS rules to a request answered outside Spring MVC, exactly as its handler mappings do.
	 * @return {@code false} when the request was refused and the refusal already written
	 */
	public static boolean process(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return PROCESSOR.processRequest(CONFIGURATION, request, response);
	}

	static CorsConfiguration configuration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(List.of(CorsConfiguration.ALL));
		configuration.setAllowedMethods(List.of("GET", "HEAD"));
		configuration.setAllowedHeaders(List.of(CorsConfiguration.ALL));
		configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, RequestIdFilter.HEADER));
		configuration.setMaxAge(3600L);
		return configuration;
	}

	static CorsProcessor processor() {
		return PROCESSOR;
	}

}
