package org.scfcodes.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.scfcodes.contract.ContractOperations.Operation;
import org.scfcodes.contract.ContractOperations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests for the contract's operations, from their parameters' and bodies' schemas:
 * most keep the contract, the rest break one thing (a parameter, the body, its media
 * type, Accept), and any may carry undeclared parameters, odd percent-encoding, non-ASCII
 * text, languages by {@code lang} and by Accept-Language, and a body sent after the
 * headers. Some go outside the contract: a method a path does not declare, or a path it
 * does not have.
 */
final class RequestGenerator {

	private static final List<String> LANGUAGES = List.of("zh-CN", "zh", "en", "en-US,en;q=0.9",
			"zh-CN,zh;q=0.9,en;q=0.8", "fr", "*", "", "zh-Hant-TW", "de-DE, zh;q=0.5", "en;q=0", "x-klingon", "中文");

	private static final List<String> ORIGINS = List.of("http://localhost", "https://example.com", "null",
			"http://127.0.0.1:1", "https://例子.测试");

	private static final List<String> REQUESTED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "get", "");

	private static final List<String> ENCODED = List.of("%5C", "%2F", "%00", "%zz", "%C0%AF", "%E4%B8", "%2e%2e", "%25",
			"é", "错", ";x=1", "%20", "%0A", "+");

	private static final List<String> OUTSIDE_METHODS = List.of("PUT", "DELETE", "PATCH", "TRACE", "POST", "GET");

	private static final List<String> OTHER_MEDIA = List.of("application/xml", "text/html",
			"application/x-www-form-urlencoded", "application/octet-stream", "application/json-patch+json");

	private final ContractOperations operations;

	private final SchemaValues values;

	private final byte[] zip = zip();

	RequestGenerator(ContractOperations operations, SchemaValues values) {
		this.operations = operations;
		this.values = values;
	}

	FuzzRequest next(Random random) {
		List<Operation> all = this.operations.all();
		Operation operation = all.get(random.nextInt(all.size()));
		int outside = random.nextInt(40);
		if (outside == 0) {
			String method = OUTSIDE_METHODS.get(random.nextInt(OUTSIDE_METHODS.size()));
			return request(random, operation, method, false);
		}
		return request(random, operation, operation.method(), random.nextInt(5) < 2);
	}

	private FuzzRequest request(Random random, Operation operation, String method, boolean breakOne) {
		// which declared thing this request breaks, when it breaks one: a parameter, the
		// body, or Accept
		int parts = operation.parameters().size() + (operation.bodies().isEmpty() ? 0 : 2) + 1;
		int broken = breakOne ? random.nextInt(parts) : -1;
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		List<String> headers = new ArrayList<>(List.of("Host: localhost"));
		for (int i = 0; i < operation.parameters().size(); i++) {
			Parameter parameter = operation.parameters().get(i);
			boolean breakThis = i == broken;
			if (!parameter.required() && !breakThis && random.nextInt(3) == 0) {
				continue;
			}
			// a required parameter is broken by leaving it out, now and then
			if (breakThis && parameter.required() && !parameter.in().equals("path") && random.nextInt(4) == 0) {
				continue;
			}
			JsonNode generated = breakThis ? this.values.invalid(random, parameter.schema())
					: this.values.valid(random, parameter.schema());
			if (parameter.in().equals("query") && generated.isArray()) {
				// a list goes as the parameter repeated (form style, exploded)
				for (JsonNode item : generated.values()) {
					query.append(query.isEmpty() ? "" : "&")
						.append(parameter.name())
						.append('=')
						.append(queryValue(random, text(item)));
				}
				continue;
			}
			String value = (!breakThis && parameter.example() != null && random.nextInt(3) == 0) ? parameter.example()
					: text(generated);
			value = headerValue(random, parameter, value);
			switch (parameter.in()) {
				case "path" -> path = path.replace("{" + parameter.name() + "}", pathSegment(random, value));
				case "query" -> query.append(query.isEmpty() ? "" : "&")
					.append(parameter.name())
					.append('=')
					.append(queryValue(random, value));
				case "header" -> headers.add(parameter.name() + ": " + value);
				default -> {
				}
			}
		}
		if (random.nextInt(6) == 0) {
			String name = List.of("foo", "LANG", "lang2", "format[]", "中文", "q ").get(random.nextInt(6));
			query.append(query.isEmpty() ? "" : "&")
				.append(queryValue(random, name))
				.append('=')
				.append(queryValue(random, this.values.text(random, 0, 8)));
		}
		if (random.nextInt(8) == 0) {
			String existing = query.isEmpty() ? "lang=en" : query.toString().split("&")[0];
			query.append(query.isEmpty() ? "" : "&").append(existing);
		}
		if (!headers.stream().anyMatch((h) -> h.startsWith("Accept-Language")) && random.nextInt(3) == 0) {
			headers.add("Accept-Language: " + LANGUAGES.get(random.nextInt(LANGUAGES.size())));
		}
		if (broken == parts - 1) {
			headers.add("Accept: " + List.of("application/xml", "image/png", "text/html").get(random.nextInt(3)));
		}
		else if (random.nextInt(6) == 0) {
			headers.add("Accept: " + List.of("*/*", "text/html, */*;q=0.1").get(random.nextInt(2)));
		}
		if (!method.equals("OPTIONS") && random.nextInt(12) == 0) {
			headers.add("Origin: " + ORIGINS.get(random.nextInt(ORIGINS.size())));
		}
		byte[] body = null;
		int repeat = 1;
		if (!operation.bodies().isEmpty() || (!method.equals(operation.method()) && random.nextBoolean())) {
			int bodyPart = operation.parameters().size();
			if (random.nextInt(30) == 0) {
				// over the service's 256 KB body limit
				headers.add("Content-Type: text/plain");
				body = "a".getBytes(StandardCharsets.UTF_8);
				repeat = 300_000;
			}
			else {
				body = body(random, operation, headers, broken == bodyPart, broken == bodyPart + 1);
			}
		}
		String target = path + (query.isEmpty() ? "" : "?" + query);
		return FuzzRequest.of(method, target, headers, body, repeat, random.nextInt(4) != 0);
	}

	/**
	 * A body: one of the declared media types with a value of its schema, or broken in
	 * its value or its type.
	 */
	private byte[] body(Random random, Operation operation, List<String> headers, boolean breakValue,
			boolean breakType) {
		List<String> medias = new ArrayList<>(operation.bodies().keySet());
		String media = medias.isEmpty() ? "application/json" : medias.get(random.nextInt(medias.size()));
		String schema = operation.bodies().get(media);
		JsonNode node = (schema == null) ? tools.jackson.databind.node.MissingNode.getInstance()
				: this.operations.spec().at(schema);
		JsonNode value = breakValue ? this.values.invalid(random, node) : this.values.valid(random, node);
		if (breakType) {
			if (random.nextInt(4) > 0) {
				headers.add("Content-Type: " + OTHER_MEDIA.get(random.nextInt(OTHER_MEDIA.size())));
			}
			return JsonMapper.shared().writeValueAsBytes(value);
		}
		if (media.startsWith("multipart/")) {
			String boundary = "fuzz" + Long.toHexString(random.nextLong() & 0xffffffffL);
			headers.add("Content-Type: multipart/form-data; boundary=" + boundary);
			return multipart(random, boundary, node, value);
		}
		if (breakValue && media.endsWith("json") && random.nextInt(3) == 0) {
			headers.add("Content-Type: " + media);
			return List.of("{", "{\"text\":", "[1,", "", "nul", "{\"a\":1}}")
				.get(random.nextInt(6))
				.getBytes(StandardCharsets.UTF_8);
		}
		headers.add("Content-Type: " + media + (random.nextInt(5) == 0 ? "; charset=UTF-8" : ""));
		return media.endsWith("json") ? JsonMapper.shared().writeValueAsBytes(value)
				: text(value).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] multipart(Random random, String boundary, JsonNode schema, JsonNode value) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		JsonNode properties = this.operations.schema(schema).path("properties");
		for (var field : value.properties()) {
			boolean binary = properties.path(field.getKey()).path("format").asString("").equals("binary");
			String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\""
					+ (binary ? "; filename=\"code.zip\"\r\nContent-Type: application/zip" : "") + "\r\n\r\n";
			body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			byte[] content = text(field.getValue()).getBytes(StandardCharsets.UTF_8);
			body.writeBytes((binary && random.nextInt(3) > 0) ? this.zip : content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	/** Header parameters whose values have a grammar of their own get values from it. */
	private static String headerValue(Random random, Parameter parameter, String generated) {
		if (!parameter.in().equals("header")) {
			return generated;
		}
		return switch (parameter.name().toLowerCase(java.util.Locale.ROOT)) {
			case "accept-language" -> LANGUAGES.get(random.nextInt(LANGUAGES.size()));
			case "origin" -> ORIGINS.get(random.nextInt(ORIGINS.size()));
			case "access-control-request-method" -> REQUESTED_METHODS.get(random.nextInt(REQUESTED_METHODS.size()));
			case "if-none-match" -> List.of("*", "\"x\"", "W/\"0\"", ascii(generated)).get(random.nextInt(4));
			default -> ascii(generated);
		};
	}

	/**
	 * Header values are ISO-8859-1 on the wire: a generated text kept to printable ASCII.
	 */
	private static String ascii(String generated) {
		return generated.replaceAll("[^\\x21-\\x7e]", "x");
	}

	private static String pathSegment(Random random, String value) {
		if (random.nextInt(10) == 0) {
			return value + ENCODED.get(random.nextInt(ENCODED.size()));
		}
		return encode(value, false);
	}

	private static String queryValue(Random random, String value) {
		if (random.nextInt(12) == 0) {
			return ENCODED.get(random.nextInt(ENCODED.size())) + encode(value, true);
		}
		return encode(value, random.nextBoolean());
	}

	/**
	 * Percent-encodes all but the unreserved characters; a space as {@code +} or
	 * {@code %20}.
	 */
	private static String encode(String value, boolean plus) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				encoded.append(c);
			}
			else if (c == ' ' && plus) {
				encoded.append('+');
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

	private static String text(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	/** A code package: a zip with a Python handler's file. */
	private static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("index.py"));
			zip.write("def main_handler(event, context):\n    return 'ok'\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
