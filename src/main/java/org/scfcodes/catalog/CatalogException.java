package org.scfcodes.catalog;

/**
 * A catalog file that cannot be used, with the file and the entry that make it so.
 */
public class CatalogException extends RuntimeException {

	public CatalogException(String message) {
		super(message);
	}

	public CatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
