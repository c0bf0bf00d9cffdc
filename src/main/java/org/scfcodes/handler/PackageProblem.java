package org.scfcodes.handler;

import org.scfcodes.web.Problem;

import org.springframework.http.HttpStatus;

/**
 * The problems a code package can have that stop it from being checked at all.
 */
final class PackageProblem {

	private static final String TITLE = "Unusable code package";

	private PackageProblem() {
	}

	static Problem notAZip() {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-not-zip", TITLE,
				"The package is not a zip file, or it is truncated: no zip directory was found at its end.");
	}

	static Problem damaged(String why) {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-damaged", TITLE, "The zip file is damaged: " + why);
	}

	static Problem unsupported(String why) {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-unsupported", TITLE, why);
	}

	static Problem encrypted(String name) {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-encrypted", TITLE,
				"The entry " + name + " is encrypted; SCF cannot read encrypted packages either.");
	}

	static Problem unsafeName(String name) {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-unsafe-entry", TITLE,
				"The entry name '" + EntryNames.printable(name)
						+ "' leaves the package root (an absolute path or '..'); such packages are refused.");
	}

	static Problem tooManyEntries(int count, int limit) {
		return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "package-too-many-entries", TITLE,
				"The package lists " + count + " entries; at most " + limit + " are read.")
			.with("limit", limit);
	}

	static Problem tooLargeUncompressed(long limit) {
		return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "package-too-large", TITLE,
				"Unzipped, the package would exceed " + limit + " bytes, more than SCF accepts for code.")
			.with("limit", limit);
	}

	static Problem entryTooLarge(String name, long limit) {
		return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "package-entry-too-large", TITLE,
				"The entry " + name + " is larger than the " + limit + " bytes read of one file.")
			.with("limit", limit);
	}

	static Problem sizeMismatch(String name) {
		return Problem.of(HttpStatus.UNPROCESSABLE_CONTENT, "package-size-mismatch", TITLE,
				"The entry " + name + " inflates to more than its declared size, as a zip bomb does.");
	}

}
