package org.scfcodes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends requests byte for byte, including ones no HTTP client library would send, and reads the answer.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** An answer: its status, its headers as text (lower-cased names) and its body. */
	record Answer(int status, String headers, String body) {

		String contentType() {
			for (String line : this.headers.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					return line.substring(13).strip();
				}
			}
			return "";
		}

	}

	Answer send(String method, String target, String contentType, byte[] body) throws IOException {
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
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
		String text = bytes.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String headers = (end < 0) ? text : text.substring(0, end);
		String body = (end < 0) ? "" : text.substring(end + 4);
		int status = Integer.parseInt(headers.substring(9, 12));
		return new Answer(status, headers, body);
	}

}
