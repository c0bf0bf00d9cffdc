package org.scfcodes.data;

/**
 * The patterns the document records' field rules share.
 */
public final class Rules {

	/** An address, which must be https. */
	public static final String HTTPS = "https://.*";

	/** One of the two languages. */
	public static final String LANGUAGE = "en|zh";

	/** A text that may be absent but not empty. */
	public static final String WORDS = "(?s).*\\S.*";

	private Rules() {
	}

}
