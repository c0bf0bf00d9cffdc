package org.scfcodes.data;

/**
 * A data file that cannot be used, with the file and the entry that make it so.
 */
public class DataFileException extends RuntimeException {

	public DataFileException(String message) {
		super(message);
	}

	public DataFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
