package org.scfcodes.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.scfcodes.contract.ContractOperations.Operation;
import org.scfcodes.contract.ContractOperations.PathItem;
import org.scfcodes.contract.KeptAliveConnection.Answer;
import org.scfcodes.contract.RequestConformance.Conformance;
import org.scfcodes.contract.RequestConformance.Verdict;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What an answer must be, by the contract: never a 5xx; a status, media type, body and
 * headers the operation declares; no slower than {@link #SLOW_MILLIS}; a 2xx only to a
 * request that keeps the contract, and no 400, 406 or 415 to one that does; an Allow that
 * names the methods the path declares; a problem in one language. Each finding is named
 * by a key, {@code rule: METHOD /path → status (detail)}, by which the list of known
 * findings names it.
 */
final class ContractRules {

	/**
	 * The longest a single answer may take on this machine, with nothing else sent to the
	 * service.
	 */
	static final long SLOW_MILLIS = 2_000;

	private static final Map<String, Set<String>> PROBLEM_TITLES = problemTitles();

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	/** Two English words in a row, outside quotes. */
	private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}\\s+[A-Za-z]{2,}\\b");

	/**
	 * Quoted text, from a quote to the last of its kind: an echo of the request may hold
	 * quotes itself.
	 */
	private static final Pattern QUOTED = Pattern.compile("'.*'|\".*\"|‘.*’|“.*”|`.*`|「.*」");

	private final OpenApiContract contract;

	private final ContractOperations operations;

	private final RequestConformance conformance;

	ContractRules(OpenApiContract contract, ContractOperations operations) {
		this.contract = contract;
		this.operations = operations;
		this.conformance = new RequestConformance(contract, operations);
	}

	/** A finding: its key, and what was seen. */
	record Finding(String key, String detail) {
	}

	List<Finding> judge(FuzzRequest request, Answer answer) {
		List<Finding> findings = new ArrayList<>();
		String path = decodedPath(request);
		Operation operation = this.operations.operation(request.method(), path);
		String at = name(request) + " → " + answer.status();
		if (answer.status() >= 500) {
			findings.add(new Finding("server-error: " + at, answer.headers() + " " + answer.bodyText()));
		}
		if (answer.millis() > SLOW_MILLIS) {
			findings.add(new Finding("slow: " + at, answer.millis() + " ms"));
		}
		PathItem item = this.operations.pathItem(path);
		String allow = answer.header("Allow");
		if (allow != null && item != null) {
			Set<String> allowed = new TreeSet<>();
			for (String method : allow.split(",")) {
				allowed.add(method.strip().toUpperCase(Locale.ROOT));
			}
			if (!allowed.equals(new TreeSet<>(item.methods()))) {
				findings.add(new Finding("allow-mismatch: " + at,
						"Allow: " + allow + "; the contract declares " + item.methods()));
			}
		}
		if (operation == null) {
			return findings;
		}
		contractViolations(request, answer, path, at, findings);
		headerViolations(operation, answer, at, findings);
		String problemType = problemType(answer);
		Conformance verdict = this.conformance.of(request, operation);
		boolean success = answer.status() / 100 == 2 || answer.status() == 304;
		if (verdict.verdict() == Verdict.BREAKS && success) {
			findings.add(new Finding("invalid-accepted: " + at + " (" + verdict.reason() + ")",
					"the request breaks the contract with its " + verdict.reason()));
		}
		if (verdict.verdict() == Verdict.KEEPS && Set.of(400, 406, 415).contains(answer.status())) {
			String media = request.header("Content-Type");
			String form = (media != null) ? " (" + media.split(";")[0].strip() + ")" : "";
			findings.add(new Finding(("valid-refused: " + at + " " + problemType).strip() + form, answer.bodyText()));
		}
		if (!problemType.isEmpty()) {
			String words = text(answer, "title") + " " + text(answer, "detail");
			// quoted text echoes the request, in whatever language it came
			String own = QUOTED.matcher(words).replaceAll("");
			if (CJK.matcher(own).find() && ENGLISH.matcher(own).find()) {
				findings.add(new Finding("mixed-language: " + at + " " + problemType, words));
			}
		}
		return findings;
	}

	/**
	 * A HEAD answer against the GET answer to the same request: the same status and
	 * headers, without a body.
	 */
	List<Finding> compare(FuzzRequest head, Answer headAnswer, Answer getAnswer) {
		List<String> differences = new ArrayList<>();
		if (headAnswer.status() != getAnswer.status()) {
			differences.add("status " + getAnswer.status() + " to GET");
		}
		else {
			for (String name : List.of("Content-Type", "Content-Length")) {
				String get = getAnswer.header(name);
				if (get != null && !get.equals(headAnswer.header(name))) {
					differences.add(name + ": " + get + " to GET, " + headAnswer.header(name) + " to HEAD");
				}
			}
		}
		if (differences.isEmpty()) {
			return List.of();
		}
		String what = differences.get(0).startsWith("status") ? "status" : differences.get(0).replaceAll(": .*", "");
		return List.of(new Finding("head-unlike-get: " + name(head) + " → " + headAnswer.status() + " (" + what + ")",
				String.join("; ", differences)));
	}

	/**
	 * How the request is named in a key: its method and the contract's path, or what it
	 * is outside the contract.
	 */
	String name(FuzzRequest request) {
		String path = decodedPath(request);
		PathItem item = this.operations.pathItem(path);
		if (item == null) {
			return request.method() + " (a path outside the contract)";
		}
		return request.method() + " " + item.path()
				+ (item.methods().contains(request.method()) ? "" : " (a method it does not declare)");
	}

	private void contractViolations(FuzzRequest request, Answer answer, String path, String at,
			List<Finding> findings) {
		List<String> violations;
		try {
			violations = this.contract.violations(request.method(), path, answer.status(),
					answer.header("Content-Type"), answer.body());
		}
		catch (JacksonException ex) {
			violations = List.of(at + ": the body is not JSON");
		}
		for (String violation : violations) {
			String rule = violation.endsWith("is not declared")
					? (violation.contains(": status ") ? "undeclared-status" : "undeclared-media-type")
					: "schema-violation";
			String media = rule.equals("undeclared-media-type") ? " " + answer.header("Content-Type") : "";
			findings.add(new Finding(rule + ": " + at + media, violation));
		}
	}

	private void headerViolations(Operation operation, Answer answer, String at, List<Finding> findings) {
		String response = this.operations.resolve(operation.pointer() + "/responses/" + answer.status());
		JsonNode headers = this.operations.spec().at(response + "/headers");
		for (String name : headers.propertyNames()) {
			String value = answer.header(name);
			if (value == null) {
				continue;
			}
			String schema = this.operations.resolve(response + "/headers/" + ContractOperations.escape(name))
					+ "/schema";
			JsonNode typed = JsonNodeFactory.instance.stringNode(value);
			if (this.operations.spec().at(schema).path("type").asString("").equals("integer")
					&& value.matches("-?[0-9]{1,18}")) {
				typed = JsonNodeFactory.instance.numberNode(Long.parseLong(value));
			}
			List<String> errors = this.contract.schemaErrors(schema, typed);
			if (!errors.isEmpty()) {
				findings.add(new Finding("header-violation: " + at + " " + name, name + ": " + value + ": " + errors));
			}
		}
	}

	private static String problemType(Answer answer) {
		String type = answer.header("Content-Type");
		if (type != null && type.startsWith("text/plain") && answer.status() >= 400) {
			// a problem as text names no type: its title, in either language, does
			// where only one type has that title
			String first = answer.bodyText().split("\n", 2)[0];
			String title = first.replaceFirst("^" + answer.status() + " ", "");
			Set<String> types = PROBLEM_TITLES.getOrDefault(title, Set.of());
			return (types.size() == 1) ? types.iterator().next() : "";
		}
		if (type == null || !type.startsWith("application/problem+json")) {
			return "";
		}
		return text(answer, "type").replace("urn:scf-codes:problem:", "");
	}

	/** The problem types by their titles, English and Chinese. */
	private static Map<String, Set<String>> problemTitles() {
		Map<String, Set<String>> titles = new HashMap<>();
		for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
			Properties messages = new Properties();
			try (InputStream in = ContractRules.class.getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			for (String key : messages.stringPropertyNames()) {
				if (key.startsWith("problem.") && key.endsWith(".title")) {
					titles.computeIfAbsent(messages.getProperty(key), (title) -> new TreeSet<>())
						.add(key.substring("problem.".length(), key.length() - ".title".length()));
				}
			}
		}
		return titles;
	}

	private static String text(Answer answer, String field) {
		try {
			return JsonMapper.shared().readTree(answer.body()).path(field).asString("");
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static String decodedPath(FuzzRequest request) {
		try {
			return RequestConformance.decode(request.rawPath(), false);
		}
		catch (IllegalArgumentException ex) {
			return request.rawPath();
		}
	}

}
