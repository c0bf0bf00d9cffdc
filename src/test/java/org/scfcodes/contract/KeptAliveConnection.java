package org.scfcodes.contract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One keep-alive connection to the service: requests go out byte for byte, one after the
 * other, and each answer is read by its own framing (Content-Length, chunked, or none for
 * HEAD, 204 and 304), so that a connection the server drops without saying so shows as a
 * request that gets no answer.
 */
final class KeptAliveConnection implements Closeable {

	/**
	 * How long the body waits after the headers: long enough for the server to judge the
	 * headers alone.
	 */
	private static final int BODY_PAUSE_MILLIS = 15;

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	KeptAliveConnection(int port, int timeoutMillis) throws IOException {
		this.socket = new Socket("127.0.0.1", port);
		this.socket.setSoTimeout(timeoutMillis);
		this.socket.setTcpNoDelay(true);
		this.in = new BufferedInputStream(this.socket.getInputStream());
		this.out = this.socket.getOutputStream();
	}

	/**
	 * An answer: status, header lines as received, body without framing, and the time to
	 * its last byte.
	 */
	record Answer(int status, List<String> headers, byte[] body, long millis) {

		/** The values of a header, joined with commas; {@code null} when absent. */
		String header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			List<String> values = new ArrayList<>();
			for (String line : this.headers) {
				if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
					values.add(line.substring(prefix.length()).strip());
				}
			}
			return values.isEmpty() ? null : String.join(", ", values);
		}

		boolean closes() {
			String connection = header("Connection");
			return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
		}

		String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Sends a request and reads its answer.
	 * @throws IOException when the connection was closed or reset before a whole answer
	 * came, or timed out
	 */
	Answer exchange(FuzzRequest request) throws IOException {
		long start = System.nanoTime();
		byte[] body = request.bodyBytes();
		StringBuilder head = new StringBuilder(request.method()).append(' ')
			.append(request.target())
			.append(" HTTP/1.1\r\n");
		for (String line : request.headers()) {
			head.append(line).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		this.out.write(head.toString().getBytes(StandardCharsets.UTF_8));
		this.out.flush();
		if (body != null) {
			if (request.bodyAfterHeaders()) {
				pause();
			}
			try {
				this.out.write(body);
				this.out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before it reads a refused body: the
				// answer says what it did
			}
		}
		return read(request.method().equals("HEAD"), start);
	}

	private Answer read(boolean head, long start) throws IOException {
		String statusLine = line();
		if (statusLine == null) {
			throw new IOException("the connection was closed before an answer");
		}
		if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
			throw new IOException("not an HTTP/1.1 status line: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		List<String> headers = new ArrayList<>();
		for (String line = line(); line != null && !line.isEmpty(); line = line()) {
			headers.add(line);
		}
		Answer framing = new Answer(status, headers, new byte[0], 0);
		if (status / 100 == 1) {
			return read(head, start);
		}
		byte[] body;
		String length = framing.header("Content-Length");
		if (head || status == 204 || status == 304) {
			body = new byte[0];
		}
		else if ("chunked".equalsIgnoreCase(framing.header("Transfer-Encoding"))) {
			body = chunked();
		}
		else if (length != null) {
			body = this.in.readNBytes(Integer.parseInt(length.split(",")[0].strip()));
		}
		else {
			body = this.in.readAllBytes();
		}
		return new Answer(status, headers, body, (System.nanoTime() - start) / 1_000_000);
	}

	private byte[] chunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line();
			if (size == null) {
				throw new IOException("the connection was closed inside a chunked body");
			}
			int length = Integer.parseInt(size.split(";")[0].strip(), 16);
			if (length == 0) {
				for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
					// trailers are not used by the service
				}
				return body.toByteArray();
			}
			body.write(this.in.readNBytes(length));
			line();
		}
	}

	/**
	 * A line without its CRLF, or {@code null} at the end of the stream before any byte
	 * of it.
	 */
	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = this.in.read()) >= 0) {
			if (b == '\n') {
				byte[] bytes = line.toByteArray();
				int end = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
			}
			line.write(b);
		}
		return (line.size() == 0) ? null : line.toString(StandardCharsets.ISO_8859_1);
	}

	private static void pause() {
		try {
			Thread.sleep(BODY_PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
