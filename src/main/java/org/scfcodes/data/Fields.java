package org.scfcodes.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.scfcodes.text.Text;

/**
 * The checks every strict loader makes of one file's fields, each failing with the file, the entry and the field
 * named.
 */
public final class Fields {

	/** The languages every text is written in. */
	public static final Set<String> LANGUAGES = Set.of("en", "zh");

	private final String file;

	public Fields(String file) {
		this.file = file;
	}

	/** The failure of an entry ({@code at} ends with ": ", or is empty for the file as a whole). */
	public DataFileException fail(String at, String message) {
		return new DataFileException(this.file + ": " + at + message);
	}

	/** The value of a field that must be given. */
	public <T> T require(T value, String field, String at) {
		if (value == null) {
			throw fail(at, "missing field '" + field + "'");
		}
		return value;
	}

	/** The words of a field that must be given and not blank. */
	public String text(String value, String field, String at) {
		if (value == null || value.isBlank()) {
			throw fail(at, "missing or empty field '" + field + "'");
		}
		return value;
	}

	/** A text that must be given in both languages, trimmed. */
	public Text translated(Text text, String field, String at) {
		require(text, field, at);
		return new Text(text(text.en(), field + ".en", at).strip(), text(text.zh(), field + ".zh", at).strip());
	}

	/** What a reference names, which must be defined. */
	public <T> T lookup(Map<String, T> known, String id, String field, String at) {
		T value = known.get(require(id, field, at));
		if (value == null) {
			throw fail(at, "'" + field + "' names '" + id + "', which is not defined");
		}
		return value;
	}

	/** An address, which must be https. */
	public String url(String value, String field, String at) {
		if (!text(value, field, at).startsWith("https://")) {
			throw fail(at, "'" + field + "' must be an https URL");
		}
		return value;
	}

	/** A date such as 2022-07-27, or nothing. */
	public String date(String value, String field, String at) {
		if (value != null) {
			try {
				LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw fail(at, "'" + field + "' must be a date such as 2022-07-27");
			}
		}
		return value;
	}

	/** One of the two languages. */
	public String language(String value, String field, String at) {
		if (value == null || !LANGUAGES.contains(value)) {
			throw fail(at, "'" + field + "' must be en or zh");
		}
		return value;
	}

}
