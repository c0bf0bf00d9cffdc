package org.scfcodes.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The operations of {@code openapi.yaml} as a generator and a judge of requests need
 * them: each one's parameters and request bodies with the JSON pointers of their schemas,
 * the statuses it declares, and the methods of each path.
 */
final class ContractOperations {

	private static final List<String> METHODS = List.of("get", "head", "options", "post", "put", "patch", "delete",
			"trace");

	private final JsonNode spec;

	private final List<Operation> operations = new ArrayList<>();

	private final List<PathItem> paths = new ArrayList<>();

	ContractOperations(OpenApiContract contract) {
		this.spec = contract.spec();
		for (String path : this.spec.path("paths").propertyNames()) {
			String itemPointer = "/paths/" + escape(path);
			JsonNode item = this.spec.at(itemPointer);
			Set<String> methods = new LinkedHashSet<>();
			for (String method : METHODS) {
				if (item.has(method)) {
					methods.add(method.toUpperCase(Locale.ROOT));
					this.operations.add(operation(method.toUpperCase(Locale.ROOT), path, itemPointer + "/" + method));
				}
			}
			this.paths.add(new PathItem(path, methods));
		}
		// literal segments before variables: /codes/decode is not /codes/{status}
		this.paths.sort(Comparator.comparingInt(PathItem::variables));
	}

	JsonNode spec() {
		return this.spec;
	}

	List<Operation> all() {
		return this.operations;
	}

	/**
	 * The path template a decoded path falls under, or {@code null} outside the contract.
	 */
	PathItem pathItem(String path) {
		return this.paths.stream().filter((item) -> item.pattern().matcher(path).matches()).findFirst().orElse(null);
	}

	/**
	 * The operation of a method on a decoded path, or {@code null} outside the contract.
	 */
	Operation operation(String method, String path) {
		PathItem item = pathItem(path);
		if (item == null) {
			return null;
		}
		return this.operations.stream()
			.filter((operation) -> operation.method().equals(method) && operation.path().equals(item.path()))
			.findFirst()
			.orElse(null);
	}

	private Operation operation(String method, String path, String pointer) {
		JsonNode node = this.spec.at(pointer);
		Map<String, Parameter> parameters = new LinkedHashMap<>();
		// the path item's parameters first, the operation's override them by name and
		// location
		for (String owner : List.of(pointer.substring(0, pointer.lastIndexOf('/')), pointer)) {
			JsonNode list = this.spec.at(owner + "/parameters");
			for (int i = 0; i < list.size(); i++) {
				String at = resolve(owner + "/parameters/" + i);
				JsonNode parameter = this.spec.at(at);
				String in = parameter.path("in").asString();
				String name = parameter.path("name").asString();
				JsonNode example = parameter.has("example") ? parameter.path("example")
						: parameter.path("examples")
							.values()
							.stream()
							.findFirst()
							.map((named) -> named.path("value"))
							.orElse(this.spec.at(at + "/schema").path("example"));
				parameters.put(in + " " + name.toLowerCase(Locale.ROOT),
						new Parameter(name, in, parameter.path("required").asBoolean(false), at + "/schema",
								this.spec.at(at + "/schema"), example.isMissingNode() ? null : example.asString()));
			}
		}
		Map<String, String> bodies = new LinkedHashMap<>();
		boolean bodyRequired = false;
		if (node.has("requestBody")) {
			String body = resolve(pointer + "/requestBody");
			bodyRequired = this.spec.at(body).path("required").asBoolean(false);
			for (String media : this.spec.at(body + "/content").propertyNames()) {
				bodies.put(media, body + "/content/" + escape(media) + "/schema");
			}
		}
		Set<String> statuses = new LinkedHashSet<>(node.path("responses").propertyNames());
		Set<String> answers = new LinkedHashSet<>();
		for (String status : statuses) {
			if (status.startsWith("2")) {
				answers.addAll(this.spec.at(resolve(pointer + "/responses/" + status) + "/content").propertyNames());
			}
		}
		return new Operation(method, path, pointer, List.copyOf(parameters.values()), bodies, bodyRequired, statuses,
				answers);
	}

	/** A schema with its {@code $ref}s followed: the node the generator reads. */
	JsonNode schema(JsonNode schema) {
		String ref = schema.path("$ref").asString(null);
		return (ref != null) ? schema(this.spec.at(ref.substring(1))) : schema;
	}

	/** The pointer a node's {@code $ref} leads to, or the pointer itself. */
	String resolve(String pointer) {
		String ref = this.spec.at(pointer).path("$ref").asString(null);
		return (ref != null) ? resolve(ref.substring(1)) : pointer;
	}

	static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	/** A path of the contract and the methods it declares. */
	record PathItem(String path, Set<String> methods, Pattern pattern, int variables) {

		PathItem(String path, Set<String> methods) {
			this(path, methods, Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
					path.split("\\{", -1).length - 1);
		}

	}

	/**
	 * A parameter: where it goes ({@code path}, {@code query}, {@code header}), its
	 * schema, and its example as text ({@code null} without one).
	 */
	record Parameter(String name, String in, boolean required, String schemaPointer, JsonNode schema, String example) {
	}

	/**
	 * An operation: its parameters, its request bodies (media type to schema pointer),
	 * the statuses it declares and the media types of its successful answers.
	 */
	record Operation(String method, String path, String pointer, List<Parameter> parameters, Map<String, String> bodies,
			boolean bodyRequired, Set<String> statuses, Set<String> answerTypes) {

		String name() {
			return this.method + " " + this.path;
		}

	}

}
