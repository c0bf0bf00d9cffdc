package org.scfcodes.lookup.web;

import java.util.function.Function;

import org.scfcodes.catalog.RetryPolicy;

/**
 * A code's retry behaviour in one sentence, the project's summary of what the retry pages
 * state: for asynchronous calls, the policy of the code's kind of error where the pages
 * state it, or that they do not or that their revisions conflict; for synchronous calls,
 * that the platform does not retry them.
 */
final class RetryBrief {

	private RetryBrief() {
	}

	/**
	 * The sentence, its words taken from the bundles by key.
	 * @param words the bundle's message for a key, in the answer's language
	 */
	static String of(RetryPolicy retry, Function<String, String> words) {
		if (retry.category().equals("none")) {
			return words.apply("retry.brief.none");
		}
		String async = switch (stated(retry, "async")) {
			case "not-stated" -> words.apply("retry.brief.async.not-stated");
			case "conflicting" -> words.apply("retry.brief.async.conflicting");
			default -> words.apply("retry.brief.async." + retry.category());
		};
		String sync = stated(retry, "sync").equals("documented") ? words.apply("retry.brief.sync")
				: words.apply("retry.brief.sync.not-stated");
		return async + words.apply("retry.brief.separator") + sync;
	}

	private static String stated(RetryPolicy retry, String invocation) {
		return retry.stated()
			.stream()
			.filter((stated) -> stated.invocation().equals(invocation))
			.map(RetryPolicy.Stated::stated)
			.findFirst()
			.orElse("not-stated");
	}

}
