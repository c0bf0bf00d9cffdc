package org.scfcodes.handler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;

/**
 * A code package read in memory from its central directory, never extracted: entry names,
 * sizes and Unix modes, and the content of single entries inflated on demand within a
 * byte limit.
 */
final class ZipPackage {

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	private static final int LOCAL_HEADER = 0x04034b50;

	private final byte[] bytes;

	private final Map<String, Entry> entries;

	private final long maxEntryBytes;

	private ZipPackage(byte[] bytes, Map<String, Entry> entries, long maxEntryBytes) {
		this.bytes = bytes;
		this.entries = entries;
		this.maxEntryBytes = maxEntryBytes;
	}

	/** One file or folder of the package. */
	record Entry(String name, int method, long compressedSize, long size, long offset, Integer unixMode,
			boolean encrypted) {

		boolean isDirectory() {
			return this.name.endsWith("/");
		}

		boolean isExecutable() {
			return this.unixMode != null && (this.unixMode & 0111) != 0;
		}

		String modeText() {
			return (this.unixMode != null) ? Integer.toOctalString(this.unixMode & 0777) : "none recorded";
		}

	}

	/** Reads the directory of a zip, refusing what cannot be a safe, readable package. */
	static ZipPackage read(byte[] bytes, PackageLimits limits) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = findEndOfDirectory(buffer);
		int count = Short.toUnsignedInt(buffer.getShort(end + 10));
		long directorySize = Integer.toUnsignedLong(buffer.getInt(end + 12));
		long directoryOffset = Integer.toUnsignedLong(buffer.getInt(end + 16));
		if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
			throw PackageException.unsupported("zip64",
					"ZIP64 archives are not supported; a code package this small does not need ZIP64.");
		}
		if (count > limits.maxEntries()) {
			throw PackageException.tooManyEntries(count, limits.maxEntries());
		}
		if (directoryOffset + directorySize > end) {
			throw PackageException.damaged("directory-outside", "its central directory lies outside the file.");
		}
		Map<String, Entry> entries = new LinkedHashMap<>();
		long uncompressedTotal = 0;
		int position = (int) directoryOffset;
		for (int i = 0; i < count; i++) {
			if (position + 46 > end || buffer.getInt(position) != DIRECTORY_ENTRY) {
				throw PackageException.damaged("directory-truncated", "its central directory is truncated.");
			}
			int flags = Short.toUnsignedInt(buffer.getShort(position + 8));
			int method = Short.toUnsignedInt(buffer.getShort(position + 10));
			long compressed = Integer.toUnsignedLong(buffer.getInt(position + 20));
			long size = Integer.toUnsignedLong(buffer.getInt(position + 24));
			int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
			int madeBy = Short.toUnsignedInt(buffer.getShort(position + 4)) >> 8;
			long external = Integer.toUnsignedLong(buffer.getInt(position + 38));
			long offset = Integer.toUnsignedLong(buffer.getInt(position + 42));
			if (position + 46 + nameLength > end) {
				throw PackageException.damaged("name-past-directory", "an entry name runs past the central directory.");
			}
			String name = new String(bytes, position + 46, nameLength,
					((flags & 0x800) != 0) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
			EntryNames.requireSafe(name);
			Integer mode = (madeBy == 3 && (external >> 16) != 0) ? (int) (external >> 16) : null;
			uncompressedTotal += size;
			if (uncompressedTotal > limits.maxUncompressedBytes()) {
				throw PackageException.tooLargeUncompressed(limits.maxUncompressedBytes());
			}
			entries.put(name, new Entry(name, method, compressed, size, offset, mode, (flags & 1) != 0));
			position += 46 + nameLength + extraLength + commentLength;
		}
		return new ZipPackage(bytes, Collections.unmodifiableMap(entries), limits.maxEntryBytes());
	}

	List<Entry> entries() {
		return new ArrayList<>(this.entries.values());
	}

	@Nullable Entry entry(String name) {
		return this.entries.get(name);
	}

	/** The entry's content, inflated up to the per-entry limit. */
	byte[] content(Entry entry) {
		if (entry.size() > this.maxEntryBytes) {
			throw PackageException.entryTooLarge(entry.name(), this.maxEntryBytes);
		}
		return read(entry, (int) entry.size(), true);
	}

	/** The first bytes of the entry, however large it is. */
	byte[] head(Entry entry, int length) {
		return read(entry, (int) Math.min(entry.size(), length), false);
	}

	private byte[] read(Entry entry, int length, boolean whole) {
		if (entry.encrypted()) {
			throw PackageException.encrypted(entry.name());
		}
		ByteBuffer buffer = ByteBuffer.wrap(this.bytes).order(ByteOrder.LITTLE_ENDIAN);
		long header = entry.offset();
		if (header + 30 > this.bytes.length || buffer.getInt((int) header) != LOCAL_HEADER) {
			throw PackageException.damaged("entry-truncated", "the entry " + entry.name() + " is truncated.",
					EntryNames.printable(entry.name()));
		}
		long start = header + 30 + Short.toUnsignedInt(buffer.getShort((int) header + 26))
				+ Short.toUnsignedInt(buffer.getShort((int) header + 28));
		if (start + entry.compressedSize() > this.bytes.length) {
			throw PackageException.damaged("entry-truncated", "the entry " + entry.name() + " is truncated.",
					EntryNames.printable(entry.name()));
		}
		return switch (entry.method()) {
			case 0 ->
				Arrays.copyOfRange(this.bytes, (int) start, (int) (start + Math.min(length, entry.compressedSize())));
			case 8 -> inflate(entry, (int) start, length, whole);
			default -> throw PackageException.unsupported("compression-method",
					"the entry " + entry.name() + " uses compression method " + entry.method()
							+ "; only stored and deflated entries are supported.",
					EntryNames.printable(entry.name()), String.valueOf(entry.method()));
		};
	}

	private byte[] inflate(Entry entry, int start, int length, boolean whole) {
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(this.bytes, start, (int) entry.compressedSize());
			byte[] out = new byte[length];
			int filled = 0;
			while (filled < out.length && !inflater.finished()) {
				int read = inflater.inflate(out, filled, out.length - filled);
				if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw PackageException.damaged("entry-truncated", "the entry " + entry.name() + " is truncated.",
							EntryNames.printable(entry.name()));
				}
				filled += read;
			}
			if (whole && !inflater.finished() && inflater.inflate(new byte[1]) > 0) {
				throw PackageException.sizeMismatch(entry.name());
			}
			return (filled == out.length) ? out : Arrays.copyOf(out, filled);
		}
		catch (DataFormatException ex) {
			throw PackageException.damaged("entry-not-deflate",
					"the entry " + entry.name() + " is not valid deflate data.", EntryNames.printable(entry.name()));
		}
		finally {
			inflater.end();
		}
	}

	private static int findEndOfDirectory(ByteBuffer buffer) {
		int last = buffer.limit() - 22;
		int first = Math.max(0, last - 0xFFFF);
		for (int position = last; position >= first; position--) {
			if (buffer.getInt(position) == END_OF_DIRECTORY) {
				return position;
			}
		}
		throw PackageException.notAZip();
	}

}
