package org.scfcodes.web;

/**
 * An answer that can also be rendered as compact text for a terminal.
 */
public interface PlainText {

	/** This answer as lines of text in the given language. */
	String toPlainText(Language language);

}
