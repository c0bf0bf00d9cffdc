package org.scfcodes.equivalent;

import org.scfcodes.data.FileStatus;

import org.springframework.stereotype.Component;

/**
 * The equivalents as operators see them: their version and size in {@code /actuator/info}, and their health, which is
 * part of readiness.
 */
@Component("equivalents")
class EquivalentsStatus extends FileStatus<Equivalents> {

	EquivalentsStatus(ActiveEquivalents equivalents) {
		super(equivalents, "equivalents", "entries", (loaded) -> loaded.all().size());
	}

}
