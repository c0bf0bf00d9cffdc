package org.scfcodes.http;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes the errors Tomcat raises before a request reaches the application (a malformed request line, say) as a
 * problem instead of Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final Problems problems;

	ProblemErrorReportValve(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail((known != null) ? known : HttpStatus.BAD_REQUEST,
				(status < 500) ? "The request was rejected before it reached the API: it is malformed."
						: "An unexpected error occurred. Quote the request id when you report it.");
		try {
			byte[] body = this.problems.bytes(problem, request, response);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(new String(body, StandardCharsets.UTF_8));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, ex);
		}
	}

}
