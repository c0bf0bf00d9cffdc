package org.scfcodes.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the platform's retry policy does with a status code, quoted from the retry pages:
 * the asynchronous policy of the code's kind of error, what the pages say of this code
 * itself, what applies to every asynchronous invocation, and what applies to synchronous
 * invocations and the triggers the platform retries itself; newest revision first.
 */
@Schema(description = "The retry policy for the code, quoted from the retry pages, newest revision first")
public record RetryPolicy(
		@Schema(description = "none, system, overrun or execution", example = "execution") String category, Basis basis,
		@Schema(description = "The asynchronous policy of the code's kind of error") List<RetryText> policy,
		@Schema(description = "What the pages say of this code itself") List<RetryText> official,
		@Schema(description = "What applies to every asynchronous invocation") List<RetryText> async,
		@Schema(description = "Synchronous invocations, and the triggers whose retries the platform runs") List<RetryText> sync) {

	public RetryPolicy {
		policy = List.copyOf(policy);
		official = List.copyOf(official);
		async = List.copyOf(async);
		sync = List.copyOf(sync);
	}

	/** How the code's kind of error is known. */
	public enum Basis {

		/** A retry page names this code. */
		DOCUMENTED("documented"),
		/**
		 * The kind follows from the retry page's rule that every error other than system
		 * and overrun is an execution error.
		 */
		INFERRED("inferred");

		private final String id;

		Basis(String id) {
			this.id = id;
		}

		@JsonValue
		public String id() {
			return this.id;
		}

	}

}
