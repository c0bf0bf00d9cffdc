package org.scfcodes.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers some requests from prepared bytes ahead of Spring MVC's dispatch, exactly as the dispatched handler would;
 * each implementation keeps a test that proves the two equal. The edge asks them after the request id and the
 * security headers are set ({@link HttpEdgeConfiguration}); {@code scf-codes.http.direct-lookups=false} leaves every
 * request to the dispatch.
 */
public interface DirectAnswers {

	/**
	 * Answers the request if it can.
	 * @return {@code false} to leave the request, untouched, to the dispatch
	 */
	boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
