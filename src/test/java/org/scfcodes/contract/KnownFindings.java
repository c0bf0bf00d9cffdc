package org.scfcodes.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The findings of the contract fuzzing that are known and open, one key pattern a line
 * ({@code *} for any text, {@code #} for a comment): reported as known instead of failing
 * the run, until the line is taken out with the fix.
 */
final class KnownFindings {

	static final Path FILE = Path.of("src/test/resources/org/scfcodes/contract/known-open-findings.txt");

	private final List<String> lines;

	KnownFindings(List<String> lines) {
		this.lines = lines;
	}

	static KnownFindings committed() {
		try {
			return new KnownFindings(Files.readAllLines(FILE, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean known(String key) {
		return this.lines.stream().anyMatch((line) -> matches(line, key));
	}

	/** The lines no key matched: fixed, or not reached by this run. */
	List<String> unmatched(java.util.Collection<String> keys) {
		return this.lines.stream().filter((line) -> keys.stream().noneMatch((key) -> matches(line, key))).toList();
	}

	private static boolean matches(String line, String key) {
		StringBuilder regex = new StringBuilder();
		for (String part : line.split("\\*", -1)) {
			regex.append(regex.isEmpty() ? "" : ".*").append(Pattern.quote(part));
		}
		return key.matches(regex.toString());
	}

}
