package org.scfcodes.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code openapi.yaml} is the spec the service generates, byte for byte. Run with
 * {@code -Dopenapi.update=true} to rewrite it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class OpenApiIntegrationTests {

	private static final Path COMMITTED = Path.of("openapi.yaml");

	@Autowired
	RestTestClient client;

	@Test
	void committedSpecIsTheGeneratedSpec() throws IOException {
		String generated = new String(this.client.get().uri("/v3/api-docs.yaml").exchange()
			.expectStatus().isOk()
			.returnResult(byte[].class).getResponseBody(), StandardCharsets.UTF_8);
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
			.as("openapi.yaml differs from the generated spec; rewrite it with: "
					+ "./mvnw test -Dtest=OpenApiIntegrationTests -Dopenapi.update=true")
			.isEqualTo(generated);
	}

	@Test
	void everyEndpointIsDescribedWithItsProblems() {
		this.client.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/codes/{status}'].get.responses['404'].content['application/problem+json']").exists()
			.jsonPath("$.paths['/codes'].get.operationId").isEqualTo("findCodes")
			.jsonPath("$.paths['/codes/decode'].post.requestBody.content['text/plain']").exists()
			.jsonPath("$.paths['/handler/validate'].post.requestBody.content['multipart/form-data']").exists()
			.jsonPath("$.paths['/handler/validate'].post.responses['422']").exists()
			.jsonPath("$.paths['/runtimes'].get.operationId").isEqualTo("listRuntimes")
			.jsonPath("$.paths['/error']").doesNotExist()
			.jsonPath("$.components.schemas.Problem.properties.requestId").exists()
			.jsonPath("$.components.schemas.StatusCode.description").isEqualTo("One SCF invocation status code")
			.jsonPath("$.servers[0].url").isEqualTo("http://localhost:8080");
	}

	@Test
	void swaggerUiIsServed() {
		this.client.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
