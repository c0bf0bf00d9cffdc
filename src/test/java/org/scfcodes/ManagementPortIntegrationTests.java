package org.scfcodes;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * With its own port, the actuator leaves the API's port.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureRestTestClient
class ManagementPortIntegrationTests {

	@Autowired
	RestTestClient client;

	@LocalManagementPort
	int managementPort;

	@Test
	void actuatorMovesToTheManagementPort() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk();
	}

}
