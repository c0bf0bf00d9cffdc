package org.scfcodes.data;

/**
 * The checked content of a data file, as operators see it.
 */
public interface DataContent {

	/** The version served, changing whenever the file does. */
	String version();

	/** How many entries the content holds. */
	int size();

}
