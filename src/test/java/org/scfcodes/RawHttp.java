package org.scfcodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Sends requests byte for byte, including ones no HTTP client library would send, and
 * reads the answer.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** An answer: its status, its headers as text (lower-cased names) and its body. */
	public record Answer(int status, String headers, String body) {

		public String contentType() {
			return header("content-type");
		}

		/** The first value of a header, or an empty string. */
		public String header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			for (String line : this.headers.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
					return line.substring(prefix.length()).strip();
				}
			}
			return "";
		}

	}

	/**
	 * Sends the bytes as they are (a request line, headers, a body, in any form) and
	 * reads the answer.
	 */
	public Answer exchange(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			try {
				socket.getOutputStream().write(request);
			}
			catch (IOException ex) {
				// the server may answer and close before reading a refused body
			}
			return read(socket.getInputStream());
		}
	}

	public Answer send(String method, String target, String contentType, byte[] body) throws IOException {
		StringBuilder head = new StringBuilder(method).append(' ')
			.append(target)
			.append(" HTTP/1.1\r\n")
			.append("Host: localhost\r\nConnection: close\r\n");
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				try {
					socket.getOutputStream().write(body);
				}
				catch (IOException ex) {
					// the server may answer and close before reading a refused body
				}
			}
			return read(socket.getInputStream());
		}
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		try {
			while ((read = in.read(buffer)) > 0) {
				bytes.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		byte[] all = bytes.toByteArray();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String headers = (end < 0) ? text : text.substring(0, end);
		byte[] body = (end < 0) ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
		int status = Integer.parseInt(headers.substring(9, 12));
		Answer framed = new Answer(status, headers, "");
		if (framed.header("transfer-encoding").equalsIgnoreCase("chunked")) {
			body = dechunk(body);
		}
		return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	/** The body of a chunked answer without its framing. */
	private static byte[] dechunk(byte[] framed) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String text = new String(framed, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < framed.length) {
			int lineEnd = text.indexOf("\r\n", at);
			int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
			if (size == 0) {
				break;
			}
			body.write(framed, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

}
