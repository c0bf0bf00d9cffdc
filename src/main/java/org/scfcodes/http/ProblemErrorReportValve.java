package org.scfcodes.http;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes the errors Tomcat raises before a request reaches the application (a malformed
 * request line, say) as a problem instead of Tomcat's HTML page. A request that Tomcat
 * refuses because the server is stopping (503 once the connector pauses for a graceful
 * shutdown, and now and then 400 for a request read in the instant it pauses) is answered
 * 503 with {@code Retry-After} and says so: nothing was wrong with it, and another
 * instance can answer it. A target with characters that are not percent-encoded (Chinese
 * words typed into a curl query, which Tomcat cannot accept) is refused with the encoded
 * target to send instead.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger logger = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	private final Problems problems;

	ProblemErrorReportValve(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemDetail problem;
		UnencodedTarget target = (status == HttpStatus.BAD_REQUEST.value()) ? UnencodedTarget.of(throwable) : null;
		if ((status == HttpStatus.BAD_REQUEST.value() || status == HttpStatus.SERVICE_UNAVAILABLE.value())
				&& stopping(request)) {
			logger.debug("A request could not be read while the server stops", throwable);
			problem = Problem.detail(HttpStatus.SERVICE_UNAVAILABLE, "stopping");
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		}
		else if (target != null) {
			problem = Problem.detail(HttpStatus.BAD_REQUEST, "unencoded-characters", target.encoded());
			problem.setProperty("asTyped", target.asTyped());
			problem.setProperty("encoded", target.encoded());
		}
		else {
			logger.debug("Refused before the API: {}", (throwable != null) ? throwable.getMessage() : "no detail");
			HttpStatus known = HttpStatus.resolve(status);
			HttpStatus answered = (known != null) ? known : HttpStatus.BAD_REQUEST;
			problem = (status < 500) ? Problem.variantDetail(answered, Problems.kind(answered.value()), "malformed")
					: Problem.detail(answered, Problems.kind(answered.value()));
		}
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

	/** Whether the connector is pausing for a graceful shutdown, or stopped. */
	private static boolean stopping(Request request) {
		Connector connector = request.getConnector();
		return !connector.getState().isAvailable()
				|| (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol && protocol.isPaused());
	}

}
