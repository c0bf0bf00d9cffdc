package org.scfcodes.http;

import java.net.URI;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal that the service explains as an RFC 9457 problem, with a stable type and
 * extra members. Web adapters throw it; {@link Problems} completes and writes it. Its
 * title and detail are messages, {@code problem.<type>.title} and
 * {@code problem.<type>.detail}, read in the request's language when the problem is
 * written, with the arguments given here.
 */
public class Problem extends ErrorResponseException {

	static final String TYPE_PREFIX = "urn:scf-codes:problem:";

	private Problem(HttpStatus status, String type, @Nullable String variant, Object[] arguments) {
		super(status, new Worded(status, type, variant, arguments), null);
	}

	/**
	 * A problem of a type, its detail message's arguments the variable parts (a value
	 * echoed, a limit, the values accepted).
	 */
	public static Problem of(HttpStatus status, String type, Object... arguments) {
		return new Problem(status, type, null, arguments);
	}

	/**
	 * A problem of a type whose detail is one of its variants,
	 * {@code problem.<type>.detail.<variant>}.
	 */
	public static Problem variant(HttpStatus status, String type, @Nullable String variant, Object... arguments) {
		return new Problem(status, type, variant, arguments);
	}

	/** Adds a member to the problem body, such as suggestions or the accepted values. */
	public Problem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	static ProblemDetail detail(HttpStatusCode status, String type, Object... arguments) {
		return new Worded(status, type, null, arguments);
	}

	/** A problem body whose detail is {@code problem.<type>.detail.<variant>}. */
	static ProblemDetail variantDetail(HttpStatusCode status, String type, String variant, Object... arguments) {
		return new Worded(status, type, variant, arguments);
	}

	/**
	 * A problem body whose title and detail are still to be read from the messages, in
	 * the language of the request it answers.
	 */
	static final class Worded extends ProblemDetail {

		private final String kind;

		private final @Nullable String variant;

		private final Object[] arguments;

		private Worded(HttpStatusCode status, String kind, @Nullable String variant, Object[] arguments) {
			super(status.value());
			this.kind = kind;
			this.variant = variant;
			this.arguments = arguments.clone();
			setType(URI.create(TYPE_PREFIX + kind));
		}

		String titleCode() {
			return "problem." + this.kind + ".title";
		}

		String detailCode() {
			return "problem." + this.kind + ".detail" + ((this.variant != null) ? "." + this.variant : "");
		}

		@Nullable String variant() {
			return this.variant;
		}

		Object[] arguments() {
			return this.arguments.clone();
		}

		@Override
		public String toString() {
			return getClass().getSimpleName() + "[" + detailCode() + " " + Arrays.toString(this.arguments) + "]";
		}

	}

}
