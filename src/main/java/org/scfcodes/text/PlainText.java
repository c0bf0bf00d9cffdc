package org.scfcodes.text;

/**
 * An answer that can also be read as compact text in a terminal.
 */
public interface PlainText {

	/**
	 * This answer as lines of text, in the language of the labels and with their words.
	 */
	String toPlainText(Labels labels);

}
