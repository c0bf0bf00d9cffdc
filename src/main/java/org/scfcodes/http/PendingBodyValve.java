package org.scfcodes.http;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpHeaders;

/**
 * Lets only so many requests at once wait on a worker thread for a body that did not arrive with their headers.
 * <p>
 * Reading a request body holds its worker thread until the body is in or the connection times out, so a few clients
 * that send a body slowly, or never, would otherwise take every worker and stop the service answering anyone, the
 * lookups included. A body that came with its headers, as small JSON and text bodies do, is read without waiting and
 * needs no permit. Another request whose body is still on its way while the permits are taken is refused at once,
 * unread, with 503, {@code Retry-After} and {@code Connection: close}; the other workers go on serving. A body on its
 * way that its answer left unread is not waited for either: the connection is closed after the answer.
 */
final class PendingBodyValve extends ValveBase {

	private final int limit;

	private final Semaphore permits;

	private final Problems problems;

	PendingBodyValve(int limit, Problems problems) {
		super(true);
		if (limit < 1) {
			throw new IllegalArgumentException("scf-codes.http.max-pending-bodies must be at least 1, not " + limit);
		}
		this.limit = limit;
		this.permits = new Semaphore(limit);
		this.problems = problems;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!pending(request)) {
			getNext().invoke(request, response);
			return;
		}
		if (!this.permits.tryAcquire()) {
			this.problems.busy("Too many bodies on their way", "The service is waiting for the bodies of " + this.limit
					+ " requests already; send this one again in a moment.", this.limit, request, response);
			closeUnread(request, response);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			this.permits.release();
			if (!request.getCoyoteRequest().isFinished()) {
				closeUnread(request, response);
			}
		}
	}

	/**
	 * Closes the connection after the answer rather than read the rest of a body that was left unread (by a refusal,
	 * an error or a handler that has no use for it): Tomcat would otherwise hold the worker thread, without a permit,
	 * until the client sent it all or timed out. Tomcat counts that as an error of the exchange; as the answer is
	 * already made, it is marked as reported so that no error page is rendered over it.
	 */
	private static void closeUnread(Request request, Response response) {
		boolean errorToReport = response.isErrorReportRequired();
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		if (!errorToReport) {
			response.setErrorReported();
		}
	}

	/** Whether the request has a body that has not all been received yet (a chunked one is never known to be). */
	private static boolean pending(Request request) {
		if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			return true;
		}
		long length = request.getContentLengthLong();
		if (length <= 0) {
			return false;
		}
		org.apache.coyote.Request received = request.getCoyoteRequest();
		received.action(ActionCode.AVAILABLE, Boolean.FALSE);
		return received.getAvailable() < length;
	}

}
