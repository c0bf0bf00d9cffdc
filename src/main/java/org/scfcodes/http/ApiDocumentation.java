package org.scfcodes.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description: fixed metadata and server (so the spec is the same on every run), the problem schema,
 * and the error answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI scfCodesApi() {
		return new OpenAPI()
			.info(new Info().title("scf-codes")
				.version("1")
				.description("Explains Tencent Cloud SCF invocation status codes, decodes pasted error texts and "
						+ "checks function handlers. Every error is an RFC 9457 problem (application/problem+json).")
				.contact(new Contact().name("scf-codes maintainers"))
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("http://localhost:8080").description("A local run")));
	}

	@Bean
	OpenApiCustomizer problemsAndTextAnswers() {
		return (api) -> {
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			
			api.getPaths().values().forEach((path) -> operations(path).forEach(ApiDocumentation::document));
		};
	}

	private static void document(Operation operation) {
		operation.getResponses().values().forEach(ApiDocumentation::textAsString);
		if (operation.getResponses().get("304") != null) {
			operation.getResponses().get("304").setContent(null);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "The request is malformed; the problem says what was expected");
		errors.put("406", "The Accept header asks for a representation the operation does not have");
		if (operation.getRequestBody() != null) {
			errors.put("413", "The body is larger than the service accepts");
			errors.put("415", "The Content-Type is not one the operation reads");
		}
		errors.put("500", "An unexpected error; quote the request id");
		errors.forEach((status, description) -> {
			if (!operation.getResponses().containsKey(status)) {
				operation.getResponses().addApiResponse(status, problem(description));
			}
		});
	}

	/** A problem answer with the given description. */
	static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static void textAsString(ApiResponse response) {
		if (response.getContent() != null && response.getContent().get("text/plain") != null) {
			// springdoc may share one media type object between JSON and text, so it is replaced, not changed
			MediaType text = response.getContent().get("text/plain");
			MediaType replacement = new MediaType().examples(text.getExamples());
			if (text.getExample() != null) {
				replacement.setExample(text.getExample());
			}
			response.getContent().addMediaType("text/plain", replacement
				.schema(new StringSchema().description("A compact rendering for a terminal, in the language of "
						+ "Accept-Language or ?lang= (en or zh)")));
		}
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem")
			.addProperty("type", new StringSchema().description("A stable URI naming the kind of problem")
				.example("urn:scf-codes:problem:unknown-code"))
			.addProperty("title", new StringSchema().description("A short summary of the kind of problem")
				.example("Unknown status code"))
			.addProperty("status", new IntegerSchema().description("The HTTP status").example(404))
			.addProperty("detail", new StringSchema().description("What went wrong with this request, and what was expected")
				.example("SCF has no status code 431 in catalog 2026.11.27+1a2b3c4d."))
			.addProperty("instance", new StringSchema().description("The request id").example("7c1e0a3f9b2d4e51"))
			.addProperty("requestId", new StringSchema().description("The request id, as in X-Request-Id")
				.example("7c1e0a3f9b2d4e51"));
	}

	private static List<Operation> operations(PathItem path) {
		return Stream.of(path.getGet(), path.getPost(), path.getPut(), path.getDelete(), path.getHead())
			.filter(Objects::nonNull)
			.toList();
	}

}
