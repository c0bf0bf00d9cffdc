package org.scfcodes;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators get from the actuator: probes, info, metrics, and nothing else.
 */
@RunningServiceTest
class ActuatorIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReloadableFile<CodeCatalog> catalog;

	@Test
	void probesAreUpAndReadinessIncludesTheCatalog() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.catalog.details.codes")
			.isEqualTo(this.catalog.current().size());
	}

	@Test
	void infoShowsTheBuildAndTheCatalog() {
		this.client.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.artifact")
			.isEqualTo("scf-codes")
			.jsonPath("$.catalog.codes")
			.isEqualTo(this.catalog.current().size())
			.jsonPath("$.catalog.version")
			.value((version) -> assertThat(version.toString()).contains("+"));
	}

	@Test
	void prometheusCountsRequestsAndLookupsByCode() {
		this.client.get().uri("/codes/433").exchange().expectStatus().isOk();
		this.client.get().uri("/codes/431").exchange().expectStatus().isNotFound();
		String metrics = prometheus();
		assertThat(metrics).contains("scf_codes_lookups_total{outcome=\"found\",status=\"433\"}")
			.contains("scf_codes_lookups_total{outcome=\"not-found\",status=\"431\"}")
			.containsPattern(
					"http_server_requests_seconds_count\\{[^}]*outcome=\"CLIENT_ERROR\"[^}]*uri=\"/codes/\\{status\\}\"");
	}

	@Test
	void prometheusCountsTheRenderedAnswersCacheByResult() {
		// the first lookup of a code renders it, the second finds it rendered
		this.client.get().uri("/codes/434?lang=zh&format=text").exchange().expectStatus().isOk();
		this.client.get().uri("/codes/434?lang=zh&format=text").exchange().expectStatus().isOk();
		String metrics = prometheus();
		assertThat(metrics).containsPattern("cache_gets_total\\{cache=\"answers\"[^}]*result=\"hit\"[^}]*\\} [1-9]")
			.containsPattern("cache_gets_total\\{cache=\"answers\"[^}]*result=\"miss\"[^}]*\\} [1-9]");
	}

	@Test
	void endpointsAnswerWithJacksonThreeOnly() {
		// Jackson 2 is on the class path for swagger-core; Boot's Jackson 2 mapper for
		// the endpoints is not made
		assertThat(this.context.containsBean("jackson2EndpointJsonMapper")).isFalse();
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.catalog.details.version")
			.exists();
	}

	@Test
	void nothingElseIsExposed() {
		for (String endpoint : new String[] { "env", "beans", "heapdump", "configprops", "threaddump", "mappings",
				"loggers", "shutdown" }) {
			this.client.get().uri("/actuator/" + endpoint).exchange().expectStatus().isNotFound();
		}
	}

	@Test
	void requestIdIsKeptOrMade() {
		this.client.get()
			.uri("/codes/433")
			.header("X-Request-Id", "incident-7")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "incident-7");
		this.client.get()
			.uri("/codes/433")
			.exchange()
			.expectHeader()
			.value("X-Request-Id", (id) -> assertThat(id).matches("[0-9a-f]{32}"));
	}

	private String prometheus() {
		return this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
	}

}
