package org.scfcodes.text;

import java.util.Optional;

/**
 * The names of the invocation statuses, as the status catalog gives them: what another
 * file's status reference, a number only, is resolved and checked against.
 */
public interface StatusNames {

	/** The name of a status, if the catalog has it. */
	Optional<String> nameOf(int status);

}
