package org.scfcodes.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts lookups by what was looked up and whether it was found: which codes people look
 * up during incidents is worth a dashboard. Each kind of lookup is a meter of its own;
 * the caller gives only values from a bounded set (a status from 100 to 599, a code of
 * the catalog or {@code unknown}), so that strangers' spellings cannot grow the number of
 * series.
 */
@Component
public class LookupCounter {

	/**
	 * The kinds of lookup, each with its meter and the tag that names what was looked up.
	 */
	public enum Kind {

		/** Status-code lookups ({@code scf.codes.lookups}), tagged by status. */
		STATUS("scf.codes.lookups", "Status-code lookups by code and outcome", "status"),

		/**
		 * API error lookups ({@code scf.codes.api.error.lookups}), tagged by code, every
		 * code not in the catalog as {@code unknown}.
		 */
		API_ERROR("scf.codes.api.error.lookups", "API error code lookups by code and outcome", "code");

		private final String meter;

		private final String description;

		private final String tag;

		Kind(String meter, String description, String tag) {
			this.meter = meter;
			this.description = description;
			this.tag = tag;
		}

	}

	private final MeterRegistry meters;

	private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

	LookupCounter(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Counts one lookup of {@code value}, a value from a bounded set. */
	public void count(Kind kind, String value, boolean found) {
		String outcome = found ? "found" : "not-found";
		this.counters
			.computeIfAbsent(kind.meter + ' ' + value + ' ' + outcome,
					(key) -> Counter.builder(kind.meter)
						.description(kind.description)
						.tag(kind.tag, value)
						.tag("outcome", outcome)
						.register(this.meters))
			.increment();
	}

}
