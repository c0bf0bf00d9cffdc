package org.scfcodes.catalog;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts status-code lookups by code and outcome ({@code scf.codes.lookups}), including codes that were not found:
 * which codes people look up during incidents is worth a dashboard.
 */
@Component
class LookupCounter {

	private final MeterRegistry meters;

	private final ConcurrentMap<Integer, Counter> counters = new ConcurrentHashMap<>();

	LookupCounter(MeterRegistry meters) {
		this.meters = meters;
	}

	/** Counts one lookup of a status from 100 to 599. */
	void count(int status, boolean found) {
		this.counters.computeIfAbsent(found ? status : -status, (key) -> Counter.builder("scf.codes.lookups")
			.description("Status-code lookups by code and outcome")
			.tag("status", String.valueOf(status))
			.tag("outcome", found ? "found" : "not-found")
			.register(this.meters)).increment();
	}

}
