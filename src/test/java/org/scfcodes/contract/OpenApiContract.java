package org.scfcodes.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed {@code openapi.yaml}, as a judge of HTTP exchanges: it finds the
 * operation of a request by method and path template, and lists how an answer breaks the
 * contract: a status the operation does not declare, a media type its status does not
 * declare, or a JSON body its schema does not allow (checked with the OpenAPI 3.1 dialect
 * of JSON Schema 2020-12). Requests outside the contract (the page, the actuator, a path
 * or method it has no operation for) are not judged.
 */
public final class OpenApiContract {

	private static final String IRI = "urn:scf-codes:openapi";

	private static final OpenApiContract COMMITTED = new OpenApiContract(Path.of("openapi.yaml"));

	private final JsonNode spec;

	private final SchemaRegistry registry;

	private final List<Template> templates;

	private OpenApiContract(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			this.spec = YAMLMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String json = JsonMapper.shared().writeValueAsString(this.spec);
		this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(IRI, json)));
		// literal segments before variables: /codes/decode is not /codes/{status}
		this.templates = this.spec.path("paths")
			.propertyNames()
			.stream()
			.map(Template::new)
			.sorted(Comparator.comparingInt(Template::variables))
			.toList();
	}

	/** The contract in {@code openapi.yaml}. */
	public static OpenApiContract committed() {
		return COMMITTED;
	}

	/**
	 * How an answer to a request breaks the contract; empty when it keeps it or when the
	 * request is outside it.
	 * @param contentType the answer's Content-Type, or {@code null} without a body
	 */
	public List<String> violations(String method, String path, int status, String contentType, byte[] body) {
		String operation = operation(method, path);
		if (operation == null) {
			return List.of();
		}
		String at = method + " " + path + " → " + status + ": ";
		String response = resolve(operation + "/responses/" + status);
		if (response == null) {
			return List.of(at + "status " + status + " is not declared");
		}
		if (body.length == 0 || contentType == null) {
			return List.of();
		}
		String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		String media = response + "/content/" + escape(type);
		if (this.spec.at(media).isMissingNode()) {
			return List.of(at + "media type " + type + " is not declared");
		}
		if (!type.endsWith("json")) {
			return List.of();
		}
		List<String> violations = new ArrayList<>();
		JsonNode answer = JsonMapper.shared().readTree(body);
		for (Error error : this.registry.getSchema(SchemaLocation.of(IRI + "#" + media + "/schema")).validate(answer)) {
			violations.add(at + error);
		}
		return violations;
	}

	/** The contract as read, for those that generate requests from it. */
	JsonNode spec() {
		return this.spec;
	}

	/**
	 * How a value breaks the schema at a JSON pointer of the contract; empty when it
	 * keeps it.
	 */
	List<String> schemaErrors(String pointer, JsonNode value) {
		return this.registry.getSchema(SchemaLocation.of(IRI + "#" + pointer))
			.validate(value)
			.stream()
			.map(Error::toString)
			.toList();
	}

	/**
	 * The JSON pointer of the operation a request is for, or {@code null} outside the
	 * contract.
	 */
	private String operation(String method, String path) {
		String lower = method.toLowerCase(Locale.ROOT);
		for (Template template : this.templates) {
			if (template.pattern().matcher(path).matches()) {
				return this.spec.path("paths").path(template.path()).has(lower)
						? "/paths/" + escape(template.path()) + "/" + lower : null;
			}
		}
		return null;
	}

	/**
	 * The pointer of a response, following a $ref into the components; {@code null} when
	 * there is none.
	 */
	private String resolve(String pointer) {
		JsonNode node = this.spec.at(pointer);
		if (node.isMissingNode()) {
			return null;
		}
		String ref = node.path("$ref").asString(null);
		return (ref != null) ? resolve(ref.substring(1)) : pointer;
	}

	private static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	private record Template(String path, Pattern pattern, int variables) {

		Template(String path) {
			this(path, Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
					path.split("\\{", -1).length - 1);
		}

	}

}
