package org.scfcodes.catalog.web;

import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts status-code lookups by code and outcome ({@code scf.codes.lookups}), including
 * codes that were not found: which codes people look up during incidents is worth a
 * dashboard.
 */
@Component
class LookupCounter {

	private static final int LOWEST = 100;

	private static final int HIGHEST = 599;

	private final MeterRegistry meters;

	/**
	 * Each counter once registered: found codes first, then not found ones, by status.
	 */
	private final AtomicReferenceArray<Counter> counters = new AtomicReferenceArray<>(2 * (HIGHEST - LOWEST + 1));

	LookupCounter(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Counts one lookup of a status from 100 to 599. */
	void count(int status, boolean found) {
		if (status < LOWEST || status > HIGHEST) {
			throw new IllegalArgumentException("Not a status from 100 to 599: " + status);
		}
		int index = (status - LOWEST) + (found ? 0 : HIGHEST - LOWEST + 1);
		Counter counter = this.counters.get(index);
		if (counter == null) {
			counter = Counter.builder("scf.codes.lookups")
				.description("Status-code lookups by code and outcome")
				.tag("status", String.valueOf(status))
				.tag("outcome", found ? "found" : "not-found")
				.register(this.meters);
			this.counters.set(index, counter);
		}
		counter.increment();
	}

}
