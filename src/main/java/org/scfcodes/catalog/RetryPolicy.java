package org.scfcodes.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the platform's retry policy does with a status code, quoted from the retry pages:
 * the asynchronous policy of the code's kind of error, what the pages say of this code
 * itself, what applies to every asynchronous invocation, and what applies to synchronous
 * invocations and the triggers the platform retries itself; newest revision first; and
 * per invocation type whether the pages state a policy for the code's kind at all.
 */
@Schema(description = "The retry policy for the code, quoted from the retry pages, newest revision first")
public record RetryPolicy(
		@Schema(description = "none, system, overrun, execution or invocation (an invocation request or invoker "
				+ "error); unless basis is documented, the project's reading of the retry page's classes",
				example = "execution") String category,
		Basis basis,
		@Schema(description = "The asynchronous policy of the code's kind of error") List<RetryText> policy,
		@Schema(description = "What the pages say of this code itself") List<RetryText> official,
		@Schema(description = "What applies to every asynchronous invocation") List<RetryText> async,
		@Schema(description = "Synchronous invocations, and the triggers whose retries the platform runs") List<RetryText> sync,
		@Schema(description = "Per invocation type, whether the retry pages state a policy for this code's kind of "
				+ "error (the project's summary of the quotes)") List<Stated> stated) {

	public RetryPolicy {
		policy = List.copyOf(policy);
		official = List.copyOf(official);
		async = List.copyOf(async);
		sync = List.copyOf(sync);
		stated = List.copyOf(stated);
	}

	/**
	 * Whether the retry pages state a policy for one invocation type: documented,
	 * not-stated, or conflicting (revisions disagree).
	 */
	@Schema(description = "What the retry pages state for one invocation type")
	public record Stated(
			@Schema(description = "sync (TencentCloud API trigger, CLB trigger, function URL), async, kafka (CKafka "
					+ "and Apache Kafka triggers) or mqtt (MQTT trigger)", example = "async") String invocation,
			@Schema(description = "documented, not-stated, or conflicting: revisions disagree",
					example = "conflicting") String stated) {

		/** The invocation types, in the order they are served. */
		public static final List<String> INVOCATIONS = List.of("sync", "async", "kafka", "mqtt");

	}

	/** How the code's kind of error is known. */
	public enum Basis {

		/** A retry page names this code. */
		DOCUMENTED("documented"),
		/**
		 * No retry page names this code: its kind is the project's reading of the page's
		 * classes (its definitions, or the rule that every error other than system and
		 * overrun is an execution error).
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
