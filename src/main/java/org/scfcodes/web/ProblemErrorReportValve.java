package org.scfcodes.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Writes the errors Tomcat raises before a request reaches the application (a malformed URL, say) as a problem
 * instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String detail = (status < 500) ? "The request was rejected before it reached the API: it is malformed."
				: "An unexpected error occurred.";
		String body = "{\"type\":\"about:blank\",\"title\":\"" + ((status < 500) ? "Bad Request" : "Internal Server Error")
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, ex);
		}
	}

}
