package org.scfcodes.http;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.scfcodes.RunningServiceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service shows of itself on a real server: restrictive headers everywhere, no
 * version, CORS for reads only.
 */
@RunningServiceTest
class ExposureIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void everyAnswerCarriesRestrictiveHeaders() {
		for (String path : new String[] { "/codes/433", "/codes/431", "/nowhere", "/actuator/health" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.valueEquals("Referrer-Policy", "no-referrer")
				.expectHeader()
				.valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
				.expectHeader()
				.doesNotExist(HttpHeaders.SERVER);
		}
	}

	@Test
	void corsAllowsReadsOnly() {
		this.client.options()
			.uri("/codes/433")
			.header(HttpHeaders.ORIGIN, "https://portal.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD");
		this.client.options()
			.uri("/handler/validate")
			.header(HttpHeaders.ORIGIN, "https://portal.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json")
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void onlyHealthInfoAndPrometheusAreUnderActuator() throws IOException {
		String index = this.client.get()
			.uri("/actuator")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(index).contains("/actuator/health")
			.contains("/actuator/info")
			.doesNotContain("/actuator/env")
			.doesNotContain("/actuator/beans")
			.doesNotContain("heapdump");
	}

}
