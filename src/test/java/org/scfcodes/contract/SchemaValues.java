package org.scfcodes.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for the contract's schemas, made from their types, enums, bounds and required
 * properties: values a schema allows, at and inside its bounds, and values that break one
 * of its rules. Texts mix ASCII with characters outside the Basic Multilingual Plane,
 * combining marks and CJK, so that a length counted in UTF-16 units instead of characters
 * shows, and every {@code example} of the contract is a seed.
 */
final class SchemaValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/**
	 * Pieces of text: plain, CJK, an emoji (two UTF-16 units), a combining mark, bidi,
	 * URL and JSON syntax.
	 */
	private static final List<String> PIECES = List.of("a", "Z", "0", "9", ".", "_", "-", " ", "错误", "函数", "é",
			"e\u0301", "😀", "𝒳", "\u202e", "%", "%25", "+", "&", "=", "/", "\\", "\"", "'", "<", ";", ":", "#", "?",
			"\t", "ü", "Ω", "\u00a0");

	private final ContractOperations operations;

	private final List<String> examples;

	SchemaValues(ContractOperations operations, JsonNode spec) {
		this.operations = operations;
		Set<String> found = new TreeSet<>();
		collectExamples(spec, found);
		this.examples = List.copyOf(found);
	}

	private static void collectExamples(JsonNode node, Set<String> found) {
		if (node.isObject()) {
			// an example, an Example Object's value, or a JSON Schema examples entry
			for (JsonNode example : List.of(node.path("example"), node.path("value"))) {
				if (example.isString() && example.asString().length() < 400) {
					found.add(example.asString());
				}
			}
		}
		for (JsonNode child : node.values()) {
			collectExamples(child, found);
		}
	}

	/**
	 * A value the schema allows, or as near to one as its rules let the generator come.
	 */
	JsonNode valid(Random random, JsonNode raw) {
		JsonNode schema = this.operations.schema(raw);
		if (schema.has("enum")) {
			List<JsonNode> values = new ArrayList<>(schema.path("enum").values());
			return values.get(random.nextInt(values.size()));
		}
		if (schema.has("const")) {
			return schema.path("const");
		}
		switch (schema.path("type").asString("string")) {
			case "integer", "number" -> {
				long min = schema.path("minimum").asLong(0);
				long max = schema.path("maximum").asLong(min + 1000);
				long pick = switch (random.nextInt(4)) {
					case 0 -> min;
					case 1 -> max;
					default -> min + (long) (random.nextDouble() * (max - min + 1));
				};
				return NODES.numberNode(Math.min(pick, max));
			}
			case "boolean" -> {
				return NODES.booleanNode(random.nextBoolean());
			}
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				Set<String> required = new TreeSet<>();
				schema.path("required").values().forEach((name) -> required.add(name.asString()));
				for (var property : schema.path("properties").properties()) {
					if (required.contains(property.getKey()) || random.nextBoolean()) {
						object.set(property.getKey(), valid(random, property.getValue()));
					}
				}
				return object;
			}
			case "array" -> {
				return NODES.arrayNode().add(valid(random, schema.path("items")));
			}
			default -> {
				int min = schema.path("minLength").asInt(0);
				int max = schema.path("maxLength").asInt(Math.max(min, 40));
				return NODES.stringNode(text(random, min, max));
			}
		}
	}

	/**
	 * A value that breaks one rule of the schema: its type, an enum, a bound, a required
	 * property.
	 */
	JsonNode invalid(Random random, JsonNode raw) {
		JsonNode schema = this.operations.schema(raw);
		String type = schema.path("type").asString("string");
		List<JsonNode> choices = new ArrayList<>();
		if (schema.has("enum")) {
			for (String other : List.of("AAA", "", " ", "EN", "zh-CN", " json", "json ", "text,json", "中文")) {
				choices.add(NODES.stringNode(other));
			}
		}
		switch (type) {
			case "integer", "number" -> {
				if (schema.has("minimum")) {
					choices.add(NODES.numberNode(schema.path("minimum").asLong() - 1));
				}
				if (schema.has("maximum")) {
					choices.add(NODES.numberNode(schema.path("maximum").asLong() + 1));
				}
				for (String other : List.of("abc", "", "1.5", "-1", "99999999999999999999", "4e2", "0x1f4", "٤٠٠",
						" 4")) {
					choices.add(NODES.stringNode(other));
				}
			}
			case "object" -> {
				for (JsonNode name : schema.path("required").values()) {
					ObjectNode missing = (ObjectNode) valid(random, schema);
					missing.remove(name.asString());
					choices.add(missing);
				}
				for (var property : schema.path("properties").properties()) {
					ObjectNode broken = (ObjectNode) valid(random, schema);
					broken.set(property.getKey(), invalid(random, property.getValue()));
					choices.add(broken);
				}
				choices.add(NODES.arrayNode());
				choices.add(NODES.stringNode("text"));
				choices.add(NODES.nullNode());
			}
			default -> {
				if (schema.has("maxLength")) {
					int max = schema.path("maxLength").asInt();
					choices.add(NODES.stringNode(text(random, max + 1, max + 1)));
				}
				if (schema.path("minLength").asInt(0) > 0) {
					choices.add(NODES.stringNode(""));
				}
				choices.add(NODES.numberNode(random.nextInt(1000)));
				choices.add(NODES.booleanNode(true));
				choices.add(NODES.nullNode());
				choices.add(NODES.arrayNode().add("x"));
			}
		}
		return choices.get(random.nextInt(choices.size()));
	}

	/**
	 * A text of {@code min} to {@code max} characters (code points), often at the edges.
	 */
	String text(Random random, int min, int max) {
		int length = switch (random.nextInt(6)) {
			case 0 -> min;
			case 1 -> max;
			case 2 -> Math.min(max, Math.max(min, max / 2 + 1));
			default -> min + random.nextInt(Math.min(max - min, 24) + 1);
		};
		if (!this.examples.isEmpty() && random.nextInt(3) == 0) {
			String example = this.examples.get(random.nextInt(this.examples.size()));
			int points = example.codePointCount(0, example.length());
			if (points >= min && points <= max) {
				return example;
			}
		}
		// a long text in one piece: all emoji, or all plain
		if (length > 24) {
			String piece = random.nextBoolean() ? "😀" : "a";
			return piece.repeat(length);
		}
		StringBuilder text = new StringBuilder();
		int points = 0;
		while (points < length) {
			String piece = PIECES.get(random.nextInt(PIECES.size()));
			int count = piece.codePointCount(0, piece.length());
			if (points + count > length) {
				piece = "x";
				count = 1;
			}
			text.append(piece);
			points += count;
		}
		return text.toString();
	}

	/** A string example of the contract, at random. */
	String example(Random random) {
		return this.examples.get(random.nextInt(this.examples.size()));
	}

}
