package org.scfcodes.handler;

import org.jspecify.annotations.Nullable;

/**
 * A code package that cannot be checked at all: not a zip, damaged, unsafe, or past a
 * limit. The web side answers it as a problem.
 */
public final class PackageException extends RuntimeException {

	private final Kind kind;

	private final @Nullable Long limit;

	private PackageException(Kind kind, String detail, @Nullable Long limit) {
		super(detail);
		this.kind = kind;
		this.limit = limit;
	}

	/** Why a package cannot be checked. */
	public enum Kind {

		NOT_ZIP("package-not-zip", false), DAMAGED("package-damaged", false), UNSUPPORTED("package-unsupported", false),
		ENCRYPTED("package-encrypted", false), UNSAFE_ENTRY("package-unsafe-entry", false),
		SIZE_MISMATCH("package-size-mismatch", false), TOO_MANY_ENTRIES("package-too-many-entries", true),
		TOO_LARGE("package-too-large", true), ENTRY_TOO_LARGE("package-entry-too-large", true);

		private final String id;

		private final boolean overLimit;

		Kind(String id, boolean overLimit) {
			this.id = id;
			this.overLimit = overLimit;
		}

		/** A stable name for the kind. */
		public String id() {
			return this.id;
		}

		/** Whether a limit refused the package, rather than its form. */
		public boolean overLimit() {
			return this.overLimit;
		}

	}

	public Kind kind() {
		return this.kind;
	}

	/** The limit that refused the package, or {@code null}. */
	public @Nullable Long limit() {
		return this.limit;
	}

	static PackageException notAZip() {
		return new PackageException(Kind.NOT_ZIP,
				"The package is not a zip file, or it is truncated: no zip directory was found at its end.", null);
	}

	static PackageException damaged(String why) {
		return new PackageException(Kind.DAMAGED, "The zip file is damaged: " + why, null);
	}

	static PackageException unsupported(String why) {
		return new PackageException(Kind.UNSUPPORTED, why, null);
	}

	static PackageException encrypted(String name) {
		return new PackageException(Kind.ENCRYPTED,
				"The entry " + name + " is encrypted; SCF cannot read encrypted packages either.", null);
	}

	static PackageException unsafeName(String name) {
		return new PackageException(Kind.UNSAFE_ENTRY, "The entry name '" + EntryNames.printable(name)
				+ "' leaves the package root (an absolute path or '..'); such packages are refused.", null);
	}

	static PackageException tooManyEntries(int count, int limit) {
		return new PackageException(Kind.TOO_MANY_ENTRIES,
				"The package lists " + count + " entries; at most " + limit + " are read.", (long) limit);
	}

	static PackageException tooLargeUncompressed(long limit) {
		return new PackageException(Kind.TOO_LARGE,
				"Unzipped, the package would exceed " + limit + " bytes, more than SCF accepts for code.", limit);
	}

	static PackageException entryTooLarge(String name, long limit) {
		return new PackageException(Kind.ENTRY_TOO_LARGE,
				"The entry " + name + " is larger than the " + limit + " bytes read of one file.", limit);
	}

	static PackageException sizeMismatch(String name) {
		return new PackageException(Kind.SIZE_MISMATCH,
				"The entry " + name + " inflates to more than its declared size, as a zip bomb does.", null);
	}

}
