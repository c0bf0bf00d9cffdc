package org.scfcodes.handler;

import org.scfcodes.text.Printable;

/**
 * Rules for the names of entries in a code package.
 */
final class EntryNames {

	private EntryNames() {
	}

	static void requireSafe(String name) {
		String normalized = name.replace('\\', '/');
		boolean absolute = normalized.startsWith("/") || (normalized.length() > 1 && normalized.charAt(1) == ':');
		boolean traversal = normalized.equals("..") || normalized.startsWith("../") || normalized.endsWith("/..")
				|| normalized.contains("/../");
		if (absolute || traversal || name.indexOf('\0') >= 0) {
			throw PackageException.unsafeName(name);
		}
	}

	/** The folder part of a name, or an empty string for an entry at the root. */
	static String folder(String name) {
		int slash = name.lastIndexOf('/');
		return (slash < 0) ? "" : name.substring(0, slash + 1);
	}

	static String printable(String name) {
		return Printable.of(name);
	}

}
