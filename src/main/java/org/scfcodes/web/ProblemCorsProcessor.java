package org.scfcodes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Refuses a cross-origin request that is not allowed (anything but GET and HEAD) with a problem, like every other
 * error.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
				+ "\"detail\":\"Cross-origin requests may only GET or HEAD.\"}").getBytes(StandardCharsets.UTF_8));
		response.flush();
	}

}
