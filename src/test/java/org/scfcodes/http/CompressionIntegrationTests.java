package org.scfcodes.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers from 1 KB are sent gzipped to a client that accepts gzip, compressed once when
 * rendered: the same bytes as sent plain once unzipped, with their length said, for HEAD
 * as for GET, and never to a client that refuses gzip.
 */
@RunningServiceTest
class CompressionIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aLargeAnswerIsGzippedWithItsLengthForAClientThatAcceptsIt() throws Exception {
		HttpResponse<byte[]> plain = send("GET", "/codes", null);
		assertThat(plain.body().length).isGreaterThan(1024);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		HttpResponse<byte[]> gzipped = send("GET", "/codes", "gzip, deflate, br");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(String.join(",", gzipped.headers().allValues("Vary")).toLowerCase()).contains("accept-encoding");
		assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void headSaysTheLengthTheGetSends() throws Exception {
		for (String encoding : new String[] { "gzip", null }) {
			HttpResponse<byte[]> get = send("GET", "/codes?q=timeout", encoding);
			HttpResponse<byte[]> head = send("HEAD", "/codes?q=timeout", encoding);
			assertThat(head.body()).isEmpty();
			assertThat(head.headers().firstValueAsLong("Content-Length")).as(String.valueOf(encoding))
				.hasValue(get.body().length);
			assertThat(head.headers().firstValue("Content-Encoding"))
				.isEqualTo(get.headers().firstValue("Content-Encoding"));
		}
	}

	@Test
	void gzipRefusedOrASmallAnswerIsSentAsItIs() throws Exception {
		for (String refusal : new String[] { "gzip;q=0", "identity", "*;q=0", "br" }) {
			HttpResponse<byte[]> answer = send("GET", "/codes", refusal);
			assertThat(answer.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
		}
		assertThat(send("GET", "/codes", "*").headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<byte[]> small = send("GET", "/codes?name=TimeLimitReached&format=text", "gzip");
		assertThat(small.body().length).isLessThan(1024);
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
	}

	private HttpResponse<byte[]> send(String method, String path, String acceptEncoding)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
