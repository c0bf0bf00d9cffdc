package org.scfcodes.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The API's description, all of it: fixed metadata and server (so the spec is the same on
 * every run); the parameters every text answer reads ({@code format}, {@code lang},
 * {@code Accept-Language}); the headers every answer carries ({@code X-Request-Id}; the
 * ETag, {@code Cache-Control} and {@code Vary} of cacheable answers; {@code Retry-After}
 * of a 503); the statuses the edge answers on any operation (304, 400, 403, 406, 413,
 * 415, 503, 500); one shared problem schema with every field a problem can carry; a HEAD
 * operation beside each GET; and the examples, which are real answers of the service,
 * kept in {@code openapi/examples.json} by {@code OpenApiIntegrationTests}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// decided from the request's headers and query (format, lang), documented as
		// those
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Representation.class);
	}

	static final String PROBLEM = "Problem";

	static final String PROBLEM_TEXT = "ProblemText";

	private static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * Where the real answers used as examples are kept, by operation, status and media
	 * type.
	 */
	static final String EXAMPLES = "openapi/examples.json";

	private static final String HEADERS = "#/components/headers/";

	private static final String PARAMETERS = "#/components/parameters/";

	private static final String RESPONSES = "#/components/responses/";

	private static final String TEXT = "text/plain";

	@Bean
	OpenAPI scfCodesApi() {
		return new OpenAPI().info(new Info().title("scf-codes")
			.version("1")
			.description("Explains Tencent Cloud SCF invocation status codes and API error codes, says what they are "
					+ "called on other platforms, decodes pasted error texts and checks function handlers. Every "
					+ "error is an RFC 9457 problem (application/problem+json) whose instance is the request id, its "
					+ "title and detail in the language of ?lang= or Accept-Language (English by default); a request "
					+ "that would take a text answer takes its problem as text/plain (the status and title, the "
					+ "detail, the suggestions or accepted values, the request id), and Accept: application/json or "
					+ "application/problem+json always takes JSON. "
					+ "Answers that can be read in a terminal are text with Accept: text/plain or ?format=text, in "
					+ "English or Chinese (Accept-Language or ?lang=), and for curl, Wget and HTTPie when they accept "
					+ "anything. A query parameter an operation does not declare is refused (400, naming the ones it "
					+ "takes), but by OPTIONS. Answers of 1 KB and more are gzipped for a client that accepts it, under weak ETags. "
					+ "HEAD is answered for every GET, with the "
					+ "same headers and no body; OPTIONS answers CORS preflights (any origin may GET and HEAD). Not "
					+ "part of this contract: the page for people (/ and /assets), this description (/v3/api-docs, "
					+ "/swagger-ui) and the operations endpoints under /actuator (health, info, prometheus), which "
					+ "README's Operations section documents.")
			.contact(new Contact().name("scf-codes maintainers"))
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("http://localhost:8080").description("A local run")));
	}

	@Bean
	OpenApiCustomizer wholeContract() {
		// the examples are read when the contract is first built (once, then cached), not
		// kept from the start
		return (api) -> {
			JsonNode examples = examples();
			components(api.getComponents());
			api.getPaths().forEach((name, path) -> {
				if (path.getGet() != null) {
					document(path.getGet(), true, examples);
					path.setHead(head(path.getGet()));
				}
				if (path.getPost() != null) {
					document(path.getPost(), false, examples);
					sameRequiredFields(path.getPost(), api.getComponents());
					pastedText(path.getPost());
				}
				path.setOptions(options(path, name));
			});
		};
	}

	private static void components(Components components) {
		components.addSchemas(PROBLEM, problemSchema());
		components.addSchemas(PROBLEM_TEXT, new StringSchema()
			.description("A problem as text, for a terminal, in the language of ?lang= or Accept-Language: the status "
					+ "and title on the first line, the detail, the members worth reading (the suggestions, the "
					+ "values accepted, the limit), the request id; it ends with a newline"));
		components.addHeaders("X-Request-Id",
				new Header()
					.description("The request's id: the one the request sent, "
							+ "or one made for it; also the instance of a problem")
					.schema(new StringSchema()));
		components.addHeaders("ETag", new Header().description(
				"A weak ETag (the answer is the same gzipped or not); changes with the version of the data answered from "
						+ "and with the representation (JSON, or text in a language); send it back in If-None-Match")
			.schema(new StringSchema()));
		components.addHeaders("Cache-Control",
				new Header()
					.description("How long the answer may be reused before it " + "is revalidated with its ETag")
					.schema(new StringSchema().example("max-age=300, public")));
		components.addHeaders("Vary",
				new Header().description("The request headers the answer depends on").schema(new StringSchema()));
		components.addHeaders("Retry-After",
				new Header().description("Seconds to wait before trying again").schema(new IntegerSchema()));
		components.addParameters("format",
				new Parameter().in("query")
					.name("format")
					.description("json (the default) or text: the same as Accept: application/json or text/plain")
					.schema(new StringSchema()._enum(List.of("json", "text"))));
		components.addParameters("lang",
				new Parameter().in("query")
					.name("lang")
					.description("The language of a text answer, en or zh; before Accept-Language")
					.schema(new StringSchema()._enum(List.of("en", "zh"))));
		components.addParameters("Accept-Language",
				new Parameter().in("header")
					.name("Accept-Language")
					.description("The language of a text answer: Chinese for zh (zh-CN, zh-TW…), English otherwise")
					.schema(new StringSchema().example("zh-CN")));
		components.addParameters("X-Request-Id", new Parameter().in("header")
			.name("X-Request-Id")
			.description("An id for the request, echoed in the answer, the logs and any problem; one is made when "
					+ "this is absent or not 1 to 64 letters, digits, '-', '_' or '.'")
			.schema(new StringSchema()));
		components.addParameters("If-None-Match",
				new Parameter().in("header")
					.name("If-None-Match")
					.description("The ETag of an answer already held, or *: a 304 without a body when it is current")
					.schema(new StringSchema()));
		components.addResponses("NotModified",
				new ApiResponse().description("Not modified: the If-None-Match ETag is current (or is *)")
					.addHeaderObject("ETag", ref("ETag"))
					.addHeaderObject("X-Request-Id", ref("X-Request-Id")));
		components.addResponses("BadRequest", problem("The request is malformed: the problem says what was expected"));
		components.addResponses("CrossOrigin", problem(
				"A cross-origin request may only GET or HEAD, and its Origin must " + "be a well-formed origin"));
		components.addResponses("NoSuchPath",
				problem("No endpoint at this address (an empty segment where the path has " + "a parameter, say)"));
		components.addResponses("NoBody",
				new ApiResponse().description("The status the GET would answer, without " + "its problem body")
					.addHeaderObject("X-Request-Id", ref("X-Request-Id")));
		components.addResponses("NotAcceptable",
				problem("The Accept header asks for a representation the operation " + "does not have"));
		components.addResponses("TooLarge",
				problem("The body is larger than the service accepts: 262,144 bytes of JSON "
						+ "or text; 20 MB for a package, 21 MB for a whole upload (the problem's limit, in bytes)"));
		components.addResponses("UnsupportedType", problem("The Content-Type is not one the operation reads"));
		components.addResponses("Busy",
				problem("The service is at a limit for this kind of request (bodies still "
						+ "arriving, uploads being checked) or is stopping: try again after Retry-After")
					.addHeaderObject("Retry-After", ref("Retry-After")));
		components.addResponses("ServerError", problem("An unexpected error; quote the request id"));
	}

	/**
	 * A pasted text is taken as it is sent: {@code text/plain}, and the form-encoded type
	 * that {@code curl --data-binary @file} and {@code -d} send, read as the text itself.
	 * (Springdoc keeps one body per media type of the methods that share an operation,
	 * and loses those whose body is read from the request.)
	 */
	private static void pastedText(Operation operation) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
				|| !"decodeError".equals(operation.getOperationId())) {
			return;
		}
		Content bodies = operation.getRequestBody().getContent();
		Content all = new Content();
		all.addMediaType("text/plain", new MediaType()
			.schema(new StringSchema().minLength(1).pattern("\\S").description("The text as pasted")));
		// the text as it is, which a reader that takes the type at its word sees as
		// fields
		all.addMediaType("application/x-www-form-urlencoded", new MediaType().schema(new ComposedSchema()
			.anyOf(List.of(new StringSchema().minLength(1).pattern("\\S"), new ObjectSchema().minProperties(1)))
			.description("The text as pasted, as curl --data-binary @file and -d send it: read as it is, not as "
					+ "fields")));
		bodies.forEach((type, body) -> {
			if (!all.containsKey(type)) {
				all.addMediaType(type, body);
			}
		});
		operation.getRequestBody().setContent(all);
	}

	/**
	 * A request that has a JSON body and a form has the same fields required in both: the
	 * form's text parts are read leniently (an empty part is an empty field, as in JSON)
	 * and checked by the JSON body's rules.
	 */
	private static void sameRequiredFields(Operation operation, Components components) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		MediaType json = operation.getRequestBody().getContent().get("application/json");
		MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
		if (json == null || form == null || json.getSchema() == null || json.getSchema().get$ref() == null) {
			return;
		}
		Schema<?> body = components.getSchemas().get(json.getSchema().get$ref().replace("#/components/schemas/", ""));
		if (body != null && body.getRequired() != null) {
			Set<String> required = new TreeSet<>(body.getRequired());
			if (form.getSchema().getRequired() != null) {
				required.addAll(form.getSchema().getRequired());
			}
			form.getSchema().setRequired(new ArrayList<>(required));
		}
	}

	private static void document(Operation operation, boolean get, JsonNode examples) {
		ApiResponses responses = operation.getResponses();
		boolean text = responses.values()
			.stream()
			.anyMatch((response) -> response.getContent() != null && response.getContent().get(TEXT) != null);
		List<Parameter> parameters = new ArrayList<>(
				(operation.getParameters() != null) ? operation.getParameters() : List.of());
		if (text) {
			parameters.add(new Parameter().$ref(PARAMETERS + "format"));
			parameters.add(new Parameter().$ref(PARAMETERS + "lang"));
			parameters.add(new Parameter().$ref(PARAMETERS + "Accept-Language"));
		}
		if (get) {
			parameters.add(new Parameter().$ref(PARAMETERS + "If-None-Match"));
		}
		parameters.add(new Parameter().$ref(PARAMETERS + "X-Request-Id"));
		operation.setParameters(parameters);
		responses.values().forEach(ApiDocumentation::textAsString);
		responses.values().forEach(ApiDocumentation::problemAsText);
		Map<String, String> edge = new LinkedHashMap<>();
		edge.put("400", "BadRequest");
		if (get) {
			edge.put("304", "NotModified");
		}
		else {
			edge.put("415", "UnsupportedType");
		}
		// a malformed Origin is refused on any method, and a body over the limit on any
		// method that carries one
		edge.put("403", "CrossOrigin");
		edge.put("413", "TooLarge");
		edge.put("406", "NotAcceptable");
		edge.put("503", "Busy");
		edge.put("500", "ServerError");
		edge.forEach((status, name) -> {
			ApiResponse own = responses.get(status);
			if (own == null || status.equals("304")) {
				responses.addApiResponse(status, new ApiResponse().$ref(RESPONSES + name));
			}
			else if (status.equals("503")) {
				own.addHeaderObject("Retry-After", ref("Retry-After"));
			}
		});
		responses.forEach((status, response) -> {
			if (response.get$ref() != null) {
				return;
			}
			response.addHeaderObject("X-Request-Id", ref("X-Request-Id"));
			if (get && status.equals("200")) {
				response.addHeaderObject("ETag", ref("ETag"));
				response.addHeaderObject("Cache-Control", ref("Cache-Control"));
				response.addHeaderObject("Vary", ref("Vary"));
			}
			if (response.getContent() != null) {
				response.getContent().forEach((type, media) -> {
					JsonNode example = examples.path(operation.getOperationId() + " " + status + " " + type);
					if (!example.isMissingNode()) {
						// plain maps and lists: the spec is written by swagger-core's own
						// Jackson
						media.setExample(example.isString() ? example.asString()
								: JsonMapper.shared().convertValue(example, Object.class));
						media.setExamples(null);
					}
				});
			}
		});
		sortResponses(operation);
	}

	/**
	 * The HEAD operation beside a GET: the same parameters and statuses, the same
	 * headers, no bodies.
	 */
	private static Operation head(Operation get) {
		ApiResponses responses = new ApiResponses();
		get.getResponses().forEach((status, response) -> {
			if (response.get$ref() != null) {
				// a HEAD answer never has a body, a problem's neither
				responses.addApiResponse(status,
						status.equals("304") ? response : new ApiResponse().$ref(RESPONSES + "NoBody"));
			}
			else {
				responses.addApiResponse(status,
						new ApiResponse().description(response.getDescription())
							.headers(response.getHeaders())
							.content(withoutBodies(response.getContent())));
			}
		});
		String summary = (get.getSummary() != null) ? get.getSummary() : get.getOperationId();
		return new Operation().operationId(get.getOperationId() + "Head")
			.summary("The headers only: " + Character.toLowerCase(summary.charAt(0)) + summary.substring(1))
			.description("The status and headers the GET would answer (ETag, Cache-Control, Content-Type, "
					+ "Content-Length) without its body: to check that an answer exists or is still current cheaply.")
			.tags(get.getTags())
			.parameters(get.getParameters())
			.responses(responses);
	}

	/**
	 * The media types of a GET's answer without their schemas, for its HEAD: no body
	 * comes, but a client asks for the representation whose headers it wants as it would
	 * for the GET, and a generated one sends them in its Accept.
	 */
	private static @Nullable Content withoutBodies(@Nullable Content content) {
		if (content == null) {
			return null;
		}
		Content types = new Content();
		content.keySet().forEach((type) -> types.addMediaType(type, new MediaType()));
		return types;
	}

	/**
	 * The OPTIONS operation of a path: the methods it allows, or a CORS preflight, which
	 * any origin passes for GET and HEAD and none for POST.
	 */
	private static Operation options(PathItem path, String name) {
		StringBuilder id = new StringBuilder();
		for (String word : name.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				id.append(id.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
		}
		ApiResponses responses = new ApiResponses()
			.addApiResponse("200", new ApiResponse()
				.description("The methods allowed (Allow), or a preflight passed "
						+ "(Access-Control-Allow-Origin, -Methods, -Max-Age)")
				.addHeaderObject("Allow",
						new Header().description("The methods of this path").schema(new StringSchema()))
				.addHeaderObject("Access-Control-Allow-Origin",
						new Header().description("On a passed preflight: *, " + "as any origin may GET and HEAD")
							.schema(new StringSchema()))
				.addHeaderObject("Access-Control-Allow-Methods",
						new Header().description("On a passed preflight: " + "GET,HEAD").schema(new StringSchema()))
				.addHeaderObject("X-Request-Id", ref("X-Request-Id")))
			.addApiResponse("400", new ApiResponse().$ref(RESPONSES + "BadRequest"))
			.addApiResponse("403", new ApiResponse().$ref(RESPONSES + "CrossOrigin"))
			.addApiResponse("404", new ApiResponse().$ref(RESPONSES + "NoSuchPath"));
		Operation options = new Operation().operationId(id + "Options")
			.summary("The methods of this path, or a CORS preflight")
			.description("Without Origin, Allow lists the methods of the path. As a CORS preflight (Origin and "
					+ "Access-Control-Request-Method), GET and HEAD pass from any origin; any other method is refused "
					+ "with a 403 problem.")
			.tags((path.getGet() != null) ? path.getGet().getTags() : path.getPost().getTags())
			.addParametersItem(new Parameter().in("header")
				.name("Origin")
				.description("A cross-origin preflight's origin")
				.schema(new StringSchema()))
			.addParametersItem(new Parameter().in("header")
				.name("Access-Control-Request-Method")
				.description("The method a preflight asks for")
				.schema(new StringSchema()))
			.addParametersItem(new Parameter().$ref(PARAMETERS + "X-Request-Id"))
			.responses(responses);
		Operation any = (path.getGet() != null) ? path.getGet() : path.getPost();
		if (any.getParameters() != null) {
			// OPTIONS answers for any segment, whatever its GET requires of it
			any.getParameters()
				.stream()
				.filter((parameter) -> "path".equals(parameter.getIn()))
				.forEach((parameter) -> options.addParametersItem(new Parameter().in("path")
					.name(parameter.getName())
					.required(true)
					.description(parameter.getDescription())
					.schema(new StringSchema())));
		}
		return options;
	}

	private static void sortResponses(Operation operation) {
		ApiResponses sorted = new ApiResponses();
		operation.getResponses()
			.keySet()
			.stream()
			.sorted()
			.forEach((status) -> sorted.addApiResponse(status, operation.getResponses().get(status)));
		operation.setResponses(sorted);
	}

	/** A problem answer with the given description. */
	static ApiResponse problem(String description) {
		ApiResponse response = new ApiResponse().description(description)
			.addHeaderObject("X-Request-Id", ref("X-Request-Id"))
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		problemAsText(response);
		return response;
	}

	/**
	 * Every problem answer has its text form beside its JSON, for the requests that would
	 * take a text answer.
	 */
	private static void problemAsText(ApiResponse response) {
		Content content = response.getContent();
		if (response.get$ref() == null && content != null && content.get(PROBLEM_JSON) != null
				&& content.get(TEXT) == null) {
			content.addMediaType(TEXT,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_TEXT)));
		}
	}

	private static Header ref(String header) {
		return new Header().$ref(HEADERS + header);
	}

	private static void textAsString(ApiResponse response) {
		if (response.getContent() != null && response.getContent().get(TEXT) != null) {
			// springdoc may share one media type object between JSON and text, so it is
			// replaced, not changed
			response.getContent()
				.addMediaType(TEXT,
						new MediaType().schema(
								new StringSchema().description("A compact rendering for a terminal, in the language of "
										+ "?lang= or Accept-Language (en or zh)")));
		}
	}

	private static Schema<?> problemSchema() {
		Schema<?> codeRef = new Schema<>().$ref("#/components/schemas/CodeRef");
		return new ObjectSchema()
			.description("An RFC 9457 problem. type, title, status, detail, instance and requestId "
					+ "are always there; the other fields only on the problems named in their descriptions")
			.required(List.of("type", "title", "status", "detail", "instance", "requestId"))
			.addProperty("type",
					new StringSchema().description("A stable URI naming the kind of problem")
						.example("urn:scf-codes:problem:unknown-code"))
			.addProperty("title",
					new StringSchema().description("A short summary of the kind of problem")
						.example("Unknown status code"))
			.addProperty("status", new IntegerSchema().description("The HTTP status").example(404))
			.addProperty("detail",
					new StringSchema().description("What went wrong with this request, and what was expected")
						.example("SCF has no status code 431 in catalog 2026.11.27+1a2b3c4d."))
			.addProperty("instance", new StringSchema().description("The request id").example("7c1e0a3f9b2d4e51"))
			.addProperty("requestId",
					new StringSchema().description("The request id, as in X-Request-Id").example("7c1e0a3f9b2d4e51"))
			.addProperty("nearest",
					new ArraySchema()
						.description("unknown-code: the nearest status codes; "
								+ "unknown-api-error, unknown-error: the nearest known codes or identifiers")
						.items(new Schema<>().anyOf(List.of(codeRef, new StringSchema()))))
			.addProperty("retired",
					new Schema<>().$ref("#/components/schemas/RetiredApiError")
						.description("unknown-api-error: the code is retired (older SDK releases listed it, the "
								+ "current ones do not); its description and the last SDK releases that listed it"))
			.addProperty("matches",
					new ArraySchema()
						.description("invalid-status: the codes whose name was given " + "where a number was expected")
						.items(codeRef))
			.addProperty("errors",
					new ArraySchema().description("invalid-request: each field that is not valid")
						.items(new ObjectSchema().addProperty("field", new StringSchema())
							.addProperty("message", new StringSchema())))
			.addProperty("accepted",
					new ArraySchema().description("unknown-runtime, unknown-function-type: the values " + "accepted")
						.items(new StringSchema()))
			.addProperty("limit",
					new IntegerSchema().format("int64")
						.description("too-large: the largest body "
								+ "accepted, in bytes; busy: how many such requests are served at once"))
			.addProperty("platforms",
					new ArraySchema().description("unknown-platform, unknown-error: the platforms " + "known")
						.items(new StringSchema()))
			.addProperty("known",
					new ArraySchema().description("unknown-include: what can be added to the answer")
						.items(new StringSchema()))
			.addProperty("asTyped", new StringSchema().description("unencoded-characters: the address as it arrived"))
			.addProperty("encoded", new StringSchema()
				.description("unencoded-characters: the address to send " + "instead, percent-encoded"));
	}

	private static JsonNode examples() {
		ClassPathResource resource = new ClassPathResource(EXAMPLES);
		if (!resource.exists()) {
			return JsonMapper.shared().createObjectNode();
		}
		try (InputStream in = resource.getInputStream()) {
			return JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
