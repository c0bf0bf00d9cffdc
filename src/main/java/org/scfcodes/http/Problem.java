package org.scfcodes.http;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal that the service explains as an RFC 9457 problem, with a stable type and
 * extra members. Web adapters throw it; {@link Problems} completes and writes it.
 */
public class Problem extends ErrorResponseException {

	static final String TYPE_PREFIX = "urn:scf-codes:problem:";

	private Problem(HttpStatus status, String type, String title, String detail) {
		super(status, detail(status, type, title, detail), null);
	}

	public static Problem of(HttpStatus status, String type, String title, String detail) {
		return new Problem(status, type, title, detail);
	}

	/** Adds a member to the problem body, such as suggestions or the accepted values. */
	public Problem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

}
