package org.scfcodes.lookup.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations under {@code /codes} beside a status: a segment that names one of them
 * is never taken for a status that is not a number, so a representation or method the
 * operation lacks gets the answer that says so.
 */
@RunningServiceTest
class CodesRoutesIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void textOfTheJsonOnlyGrafanaMappingsIsNotAcceptable() throws Exception {
		HttpResponse<String> answer = get("/codes/grafana-value-mappings", "text/plain");
		assertThat(answer.statusCode()).isEqualTo(406);
		// the client takes text, so the problem is text
		assertThat(answer.body()).startsWith("406 Not Acceptable\n").doesNotContain("100 to 599");
	}

	@Test
	void getOfTheDecoderIsAMethodNotAllowedThatNamesPost() throws Exception {
		HttpResponse<String> answer = get("/codes/decode", "application/json");
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("POST"));
	}

	@Test
	void aStatusThatIsNotANumberIsStillABadRequest() throws Exception {
		assertThat(get("/codes/grafana", "text/plain").statusCode()).isEqualTo(400);
		assertThat(get("/codes/decoder", "application/json").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
