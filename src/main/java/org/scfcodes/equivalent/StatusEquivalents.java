package org.scfcodes.equivalent;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One status on every other platform: its equivalents, the platforms without one and why,
 * and the retry policies set beside SCF's.
 */
@Schema(description = "One status on the other platforms: its cited equivalents, every other platform with why it has none, "
		+ "and the retry policies set beside SCF's")
public record StatusEquivalents(@Schema(example = "2026.11.28+1a2b3c4d") String equivalentsVersion,
		List<Equivalent> equivalents, List<Unmatched> unmatched, List<RetryComparison> retries,
		Map<String, Platform> platforms,
		@Schema(description = "The pages cited, by key") Map<String, Reference> sources) {
}
