package org.scfcodes.handler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds zip files for tests byte by byte, with Unix modes, deflated entries and
 * deliberate faults.
 */
public final class TestZips {

	private final List<Item> items = new ArrayList<>();

	private record Item(String name, byte[] data, int mode, boolean deflate, long declaredSize, boolean encrypted) {
	}

	public static TestZips zip() {
		return new TestZips();
	}

	public TestZips file(String name, String content) {
		return file(name, content.getBytes(StandardCharsets.UTF_8), 0644);
	}

	public TestZips file(String name, byte[] content, int mode) {
		this.items.add(new Item(name, content, mode, true, content.length, false));
		return this;
	}

	public TestZips executable(String name, byte[] content) {
		return file(name, content, 0755);
	}

	/** An entry that claims a size other than its real one. */
	public TestZips lying(String name, byte[] content, long declaredSize) {
		this.items.add(new Item(name, content, 0644, true, declaredSize, false));
		return this;
	}

	public TestZips encrypted(String name, String content) {
		byte[] data = content.getBytes(StandardCharsets.UTF_8);
		this.items.add(new Item(name, data, 0644, false, data.length, true));
		return this;
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		for (Item item : this.items) {
			byte[] name = item.name().getBytes(StandardCharsets.UTF_8);
			byte[] stored = item.deflate() ? deflate(item.data()) : item.data();
			CRC32 crc = new CRC32();
			crc.update(item.data());
			int offset = out.size();
			int flags = 0x800 | (item.encrypted() ? 1 : 0);
			int method = item.deflate() ? 8 : 0;
			ByteBuffer local = le(30 + name.length);
			local.putInt(0x04034b50)
				.putShort((short) 20)
				.putShort((short) flags)
				.putShort((short) method)
				.putInt(0)
				.putInt((int) crc.getValue())
				.putInt(stored.length)
				.putInt((int) item.declaredSize())
				.putShort((short) name.length)
				.putShort((short) 0)
				.put(name);
			out.writeBytes(local.array());
			out.writeBytes(stored);
			ByteBuffer central = le(46 + name.length);
			central.putInt(0x02014b50)
				.putShort((short) (3 << 8 | 20))
				.putShort((short) 20)
				.putShort((short) flags)
				.putShort((short) method)
				.putInt(0)
				.putInt((int) crc.getValue())
				.putInt(stored.length)
				.putInt((int) item.declaredSize())
				.putShort((short) name.length)
				.putShort((short) 0)
				.putShort((short) 0)
				.putShort((short) 0)
				.putShort((short) 0)
				.putInt((0100000 | item.mode()) << 16)
				.putInt(offset)
				.put(name);
			directory.writeBytes(central.array());
		}
		int directoryOffset = out.size();
		out.writeBytes(directory.toByteArray());
		ByteBuffer end = le(22);
		end.putInt(0x06054b50)
			.putShort((short) 0)
			.putShort((short) 0)
			.putShort((short) this.items.size())
			.putShort((short) this.items.size())
			.putInt(directory.size())
			.putInt(directoryOffset)
			.putShort((short) 0);
		out.writeBytes(end.array());
		return out.toByteArray();
	}

	public static byte[] elf() {
		byte[] binary = new byte[64];
		binary[0] = 0x7f;
		binary[1] = 'E';
		binary[2] = 'L';
		binary[3] = 'F';
		return binary;
	}

	private static ByteBuffer le(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

}
