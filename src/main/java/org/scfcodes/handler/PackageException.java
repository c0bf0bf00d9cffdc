package org.scfcodes.handler;

import org.jspecify.annotations.Nullable;

/**
 * A code package that cannot be checked at all: not a zip, damaged, unsafe, or past a
 * limit. The web side answers it as a problem.
 */
public final class PackageException extends RuntimeException {

	private final Kind kind;

	private final @Nullable Long limit;

	private final @Nullable String variant;

	private final Object[] arguments;

	private PackageException(Kind kind, String detail, @Nullable Long limit, @Nullable String variant,
			Object... arguments) {
		super(detail);
		this.kind = kind;
		this.limit = limit;
		this.variant = variant;
		this.arguments = arguments;
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

	/**
	 * Which of its kind's explanations the package takes, when the kind has several (the
	 * ways a zip is damaged), or {@code null}.
	 */
	public @Nullable String variant() {
		return this.variant;
	}

	/** The variable parts of the explanation: an entry's name, a count, a limit. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The limit that refused the package, or {@code null}. */
	public @Nullable Long limit() {
		return this.limit;
	}

	static PackageException notAZip() {
		return new PackageException(Kind.NOT_ZIP,
				"The package is not a zip file, or it is truncated: no zip directory was found at its end.", null,
				null);
	}

	/**
	 * A damaged zip: {@code variant} names how (the messages' words for it), {@code why}
	 * says it in English.
	 */
	static PackageException damaged(String variant, String why, Object... arguments) {
		return new PackageException(Kind.DAMAGED, "The zip file is damaged: " + why, null, variant, arguments);
	}

	static PackageException unsupported(String variant, String why, Object... arguments) {
		return new PackageException(Kind.UNSUPPORTED, why, null, variant, arguments);
	}

	static PackageException encrypted(String name) {
		return new PackageException(Kind.ENCRYPTED,
				"The entry " + name + " is encrypted; SCF cannot read encrypted packages either.", null, null,
				EntryNames.printable(name));
	}

	static PackageException unsafeName(String name) {
		return new PackageException(Kind.UNSAFE_ENTRY,
				"The entry name '" + EntryNames.printable(name)
						+ "' leaves the package root (an absolute path or '..'); such packages are refused.",
				null, null, EntryNames.printable(name));
	}

	static PackageException tooManyEntries(int count, int limit) {
		return new PackageException(Kind.TOO_MANY_ENTRIES,
				"The package lists " + count + " entries; at most " + limit + " are read.", (long) limit, null,
				String.valueOf(count), String.valueOf(limit));
	}

	static PackageException tooLargeUncompressed(long limit) {
		return new PackageException(Kind.TOO_LARGE,
				"Unzipped, the package would exceed " + limit + " bytes, more than SCF accepts for code.", limit, null,
				String.valueOf(limit));
	}

	static PackageException entryTooLarge(String name, long limit) {
		return new PackageException(Kind.ENTRY_TOO_LARGE,
				"The entry " + name + " is larger than the " + limit + " bytes read of one file.", limit, null,
				EntryNames.printable(name), String.valueOf(limit));
	}

	static PackageException sizeMismatch(String name) {
		return new PackageException(Kind.SIZE_MISMATCH,
				"The entry " + name + " inflates to more than its declared size, as a zip bomb does.", null, null,
				EntryNames.printable(name));
	}

}
