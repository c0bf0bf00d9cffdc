package org.scfcodes.apierror.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts API error lookups by code and outcome ({@code scf.codes.api.error.lookups});
 * every code not in the catalog counts as {@code unknown}, so that strangers' spellings
 * cannot grow the number of series.
 */
@Component
class ApiErrorLookups {

	private final MeterRegistry meters;

	private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

	ApiErrorLookups(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Counts one lookup: the code as the catalog spells it when found, {@code null} when
	 * not.
	 */
	void count(String knownCode) {
		String code = (knownCode != null) ? knownCode : "unknown";
		this.counters
			.computeIfAbsent(code,
					(tag) -> Counter.builder("scf.codes.api.error.lookups")
						.description("API error code lookups by code and outcome")
						.tag("code", tag)
						.tag("outcome", (knownCode != null) ? "found" : "not-found")
						.register(this.meters))
			.increment();
	}

}
