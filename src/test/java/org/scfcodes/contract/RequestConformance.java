package org.scfcodes.contract;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scfcodes.contract.ContractOperations.Operation;
import org.scfcodes.contract.ContractOperations.Parameter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether a request keeps what the contract declares for its operation's requests (its
 * parameters' schemas, a declared media type, a body its schema allows), read from the
 * request as sent, so that a committed request is judged by the contract of the day. What
 * the contract cannot decide (a malformed target, an Origin the CORS policy judges) is
 * undecided.
 */
final class RequestConformance {

	private static final Pattern URI_CHARS = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%]*");

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

	private static final Pattern PART_NAME = Pattern.compile("(?i)content-disposition:[^\r\n]*\\bname=\"([^\"]*)\"");

	private final OpenApiContract contract;

	private final ContractOperations operations;

	RequestConformance(OpenApiContract contract, ContractOperations operations) {
		this.contract = contract;
		this.operations = operations;
	}

	enum Verdict {

		KEEPS, BREAKS, UNDECIDED

	}

	/** A verdict, with what the request breaks or why it cannot be decided. */
	record Conformance(Verdict verdict, String reason) {

		static final Conformance KEPT = new Conformance(Verdict.KEEPS, "");

	}

	Conformance of(FuzzRequest request, Operation operation) {
		Conformance undecided = null;
		String path;
		Map<String, String> query;
		try {
			path = decode(request.rawPath(), false);
			query = query(request.rawQuery());
		}
		catch (IllegalArgumentException ex) {
			return new Conformance(Verdict.UNDECIDED, "malformed target: " + ex.getMessage());
		}
		if (path.contains("\\") || path.contains("//") || path.contains("/.") || path.indexOf(0) >= 0
				|| path.contains(";")) {
			return new Conformance(Verdict.UNDECIDED, "a path the container normalises or refuses");
		}
		String[] segments = path.split("/", -1);
		String[] template = operation.path().split("/", -1);
		Set<String> lists = new HashSet<>();
		for (Parameter parameter : operation.parameters()) {
			if (parameter.in().equals("query") && isArray(parameter.schema())) {
				// a list, given as the parameter repeated (form style, exploded): every
				// value
				// an item
				lists.add(parameter.name());
				List<String> values = queryValues(request.rawQuery(), parameter.name());
				if (values.isEmpty()) {
					continue;
				}
				ArrayNode items = JsonNodeFactory.instance.arrayNode();
				JsonNode itemSchema = this.operations.schema(parameter.schema()).path("items");
				values.forEach((item) -> items.add(typed(itemSchema, item)));
				if (!this.contract.schemaErrors(parameter.schemaPointer(), items).isEmpty()) {
					return breaks(parameter.in() + " " + parameter.name());
				}
				continue;
			}
			String value = switch (parameter.in()) {
				case "path" -> pathValue(segments, template, parameter.name());
				case "query" -> query.get(parameter.name());
				case "header" -> request.header(parameter.name());
				default -> null;
			};
			if (value == null) {
				if (parameter.required()) {
					return breaks(parameter.in() + " " + parameter.name() + " missing");
				}
				continue;
			}
			if (!this.contract.schemaErrors(parameter.schemaPointer(), typed(parameter.schema(), value)).isEmpty()) {
				return breaks(parameter.in() + " " + parameter.name());
			}
		}
		if (query.containsKey(null) && !lists.contains(query.get(null))) {
			undecided = new Conformance(Verdict.UNDECIDED, "a query parameter given twice");
		}
		// the contract says so: a query parameter the operation does not declare is
		// refused, but by a CORS preflight, which carries the query of the request it
		// asks for
		for (String name : request.method().equals("OPTIONS") ? Set.<String>of() : query.keySet()) {
			if (name != null && !name.isEmpty()
					&& operation.parameters()
						.stream()
						.noneMatch((parameter) -> parameter.in().equals("query") && parameter.name().equals(name))) {
				return breaks("query parameter " + name + ", which the operation does not declare");
			}
		}
		Conformance body = body(request, operation);
		if (body.verdict() == Verdict.BREAKS) {
			return body;
		}
		if (!acceptable(request.header("Accept"), operation)) {
			// a server may answer 406 or disregard Accept (RFC 9110, 12.5.1): either
			// keeps the contract
			return new Conformance(Verdict.UNDECIDED, "an Accept the operation has no media type for");
		}
		if (request.header("Origin") != null) {
			return new Conformance(Verdict.UNDECIDED, "an Origin, which the CORS policy judges");
		}
		if (body.verdict() == Verdict.UNDECIDED) {
			return body;
		}
		return (undecided != null) ? undecided : Conformance.KEPT;
	}

	private Conformance body(FuzzRequest request, Operation operation) {
		byte[] body = request.bodyBytes();
		boolean empty = body == null || body.length == 0;
		if (operation.bodies().isEmpty()) {
			return empty ? Conformance.KEPT : new Conformance(Verdict.UNDECIDED, "a body the operation does not take");
		}
		String contentType = request.header("Content-Type");
		if (empty && operation.bodyRequired()) {
			return breaks("no body");
		}
		if (empty) {
			return Conformance.KEPT;
		}
		if (contentType == null) {
			return breaks("no media type");
		}
		String media = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
		String schema = operation.bodies().get(media);
		if (schema == null) {
			return breaks("media type " + media);
		}
		JsonNode value;
		if (media.endsWith("json")) {
			try {
				value = JsonMapper.shared().readTree(body);
			}
			catch (JacksonException ex) {
				return breaks("body not JSON");
			}
		}
		else if (media.startsWith("multipart/")) {
			value = parts(contentType, body);
			if (value == null) {
				return breaks("malformed multipart body");
			}
		}
		else {
			try {
				value = JsonNodeFactory.instance.stringNode(utf8(body));
			}
			catch (CharacterCodingException ex) {
				return new Conformance(Verdict.UNDECIDED, "a text body that is not UTF-8");
			}
		}
		return this.contract.schemaErrors(schema, value).isEmpty() ? Conformance.KEPT : breaks("body (" + media + ")");
	}

	/**
	 * The parts of a multipart body by name, as text; {@code null} when it cannot be read
	 * as one.
	 */
	private static ObjectNode parts(String contentType, byte[] body) {
		Matcher boundary = BOUNDARY.matcher(contentType);
		if (!boundary.find()) {
			return null;
		}
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String[] pieces = text.split(Pattern.quote("--" + boundary.group(1)), -1);
		if (pieces.length < 3 || !pieces[pieces.length - 1].startsWith("--")) {
			return null;
		}
		ObjectNode parts = JsonNodeFactory.instance.objectNode();
		for (int i = 1; i < pieces.length - 1; i++) {
			String piece = pieces[i];
			int end = piece.indexOf("\r\n\r\n");
			Matcher name = PART_NAME.matcher(piece);
			if (end < 0 || !name.find() || !piece.endsWith("\r\n")) {
				return null;
			}
			String content = piece.substring(end + 4, piece.length() - 2);
			parts.put(name.group(1), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}
		return parts;
	}

	private static boolean acceptable(String accept, Operation operation) {
		if (accept == null || operation.answerTypes().isEmpty()) {
			return true;
		}
		for (String range : accept.split(",")) {
			String[] parts = range.split(";");
			String type = parts[0].strip().toLowerCase(Locale.ROOT);
			boolean refused = List.of(parts).stream().skip(1).anyMatch((p) -> p.strip().matches("q=0(\\.0*)?"));
			if (refused) {
				continue;
			}
			for (String answer : operation.answerTypes()) {
				if (type.equals("*/*") || type.equals(answer)
						|| (type.endsWith("/*") && answer.startsWith(type.substring(0, type.length() - 1)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String pathValue(String[] segments, String[] template, String name) {
		for (int i = 0; i < template.length && i < segments.length; i++) {
			if (template[i].equals("{" + name + "}")) {
				return segments[i];
			}
		}
		return null;
	}

	/**
	 * A parameter's text as the JSON value its schema's type reads it as: a number only
	 * in plain decimal notation (what a path or query serializes a number as) and within
	 * a long's range, as the validator compares bounds as longs; beyond that it is judged
	 * as text.
	 */
	private JsonNode typed(JsonNode schema, String value) {
		String type = this.operations.schema(schema).path("type").asString("string");
		if ((type.equals("integer") || type.equals("number")) && value.matches("-?[0-9]{1,400}(\\.[0-9]{1,400})?")) {
			BigDecimal number = new BigDecimal(value);
			boolean whole = number.stripTrailingZeros().scale() <= 0;
			if (number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
				return whole ? JsonNodeFactory.instance.numberNode(number.longValueExact())
						: JsonNodeFactory.instance.numberNode(number.doubleValue());
			}
		}
		if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
			return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
		}
		return JsonNodeFactory.instance.stringNode(value);
	}

	private boolean isArray(JsonNode schema) {
		return this.operations.schema(schema).path("type").asString("").equals("array");
	}

	/** Every value of one parameter of the query, decoded, in order. */
	private static List<String> queryValues(String raw, String name) {
		List<String> values = new ArrayList<>();
		if (raw == null || raw.isEmpty()) {
			return values;
		}
		for (String pair : raw.split("&", -1)) {
			int equals = pair.indexOf('=');
			if (decode((equals < 0) ? pair : pair.substring(0, equals), true).equals(name)) {
				values.add((equals < 0) ? "" : decode(pair.substring(equals + 1), true));
			}
		}
		return values;
	}

	/** The query's parameters, decoded; a name given twice is kept under {@code null}. */
	private static Map<String, String> query(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return parameters;
		}
		for (String pair : raw.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals), true);
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1), true);
			if (parameters.containsKey(name)) {
				parameters.put(null, name);
			}
			parameters.put(name, value);
		}
		return parameters;
	}

	/** Percent-decodes strictly: URI characters only, whole escapes, UTF-8. */
	static String decode(String raw, boolean plusIsSpace) {
		if (!URI_CHARS.matcher(raw).matches()) {
			throw new IllegalArgumentException("characters a URI does not carry unescaped");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				bytes.write(Integer.parseInt(hex(raw, i), 16));
				i += 2;
			}
			else {
				bytes.write((plusIsSpace && c == '+') ? ' ' : c);
			}
		}
		try {
			return utf8(bytes.toByteArray());
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("escapes that are not UTF-8");
		}
	}

	private static String hex(String raw, int at) {
		String hex = (at + 3 <= raw.length()) ? raw.substring(at + 1, at + 3) : "";
		if (!hex.matches("[0-9A-Fa-f]{2}")) {
			throw new IllegalArgumentException("a malformed escape");
		}
		return hex;
	}

	private static String utf8(byte[] bytes) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes))
			.toString();
	}

	private static Conformance breaks(String what) {
		return new Conformance(Verdict.BREAKS, what);
	}

}
