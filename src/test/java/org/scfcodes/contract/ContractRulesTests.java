package org.scfcodes.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scfcodes.contract.ContractExchanges.Observed;
import org.scfcodes.contract.KeptAliveConnection.Answer;
import org.scfcodes.contract.RequestConformance.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract fuzzing's judge, on answers made here: what {@code .ci/contract-fuzz.sh}
 * fails on must be found, and what keeps the contract must not be.
 */
class ContractRulesTests {

	private static final OpenApiContract contract = OpenApiContract.committed();

	private static final ContractOperations operations = new ContractOperations(contract);

	private static final ContractRules rules = new ContractRules(contract, operations);

	private static final FuzzRequest REFUSED = FuzzRequest.of("POST", "/codes/decode",
			List.of("Host: localhost", "Content-Type: application/xml"), "<text/>".getBytes(StandardCharsets.UTF_8), 1,
			true);

	@Test
	void aConnectionClosedAfterARefusalThatDidNotSaySoIsADroppedKeepAlive() throws IOException {
		List<Observed> observed = exchangeWith("HTTP/1.1 415 \r\nContent-Length: 0\r\n\r\n");
		assertThat(observed).extracting((o) -> o.finding().key())
			.contains("keep-alive-dropped: POST /codes/decode → 415");
	}

	@Test
	void aConnectionClosedAfterARefusalThatSaidSoIsKept() throws IOException {
		List<Observed> observed = exchangeWith("HTTP/1.1 415 \r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
		assertThat(observed).extracting((o) -> o.finding().key()).noneMatch((key) -> key.startsWith("keep-alive"));
	}

	@Test
	void aRequestNeverAnsweredIsNotBlamedOnTheAnswerBeforeIt() throws IOException {
		List<Observed> observed = exchangeWith("HTTP/1.1 415 \r\nContent-Length: 0\r\n\r\n", "GET /runtimes ");
		assertThat(observed).extracting((o) -> o.finding().key()).containsExactly("no-answer: GET /runtimes");
	}

	@Test
	void aValueOutsideAParametersEnumBreaksTheContractAndOneInsideKeepsIt() {
		RequestConformance conformance = new RequestConformance(contract, operations);
		var operation = operations.operation("GET", "/codes");
		assertThat(conformance.of(get("/codes?lang=AAA"), operation).reason()).isEqualTo("query lang");
		assertThat(conformance.of(get("/codes?lang="), operation).verdict()).isEqualTo(Verdict.BREAKS);
		assertThat(conformance.of(get("/codes?lang=zh&format=text"), operation).verdict()).isEqualTo(Verdict.KEEPS);
		assertThat(conformance.of(get("/codes?lang=%zz"), operation).verdict()).isEqualTo(Verdict.UNDECIDED);
	}

	@Test
	void aSuccessToARequestThatBreaksTheContractIsFound() {
		Answer ok = new Answer(200, List.of("Content-Type: text/plain"), new byte[] { 'x' }, 5);
		assertThat(keys(get("/codes?lang=AAA"), ok)).contains("invalid-accepted: GET /codes → 200 (query lang)");
	}

	@Test
	void aProblemInTwoLanguagesIsFoundButAQuotedEchoOfTheRequestIsNot() {
		FuzzRequest request = get("/codes?lang=zh");
		assertThat(keys(request, problem("Invalid request: 'runtime' 不得为空白")))
			.contains("mixed-language: GET /codes → 400 invalid-request");
		assertThat(keys(request, problem("Unknown runtime '错误' is not a runtime SCF accepts.")))
			.noneMatch((key) -> key.startsWith("mixed-language"));
	}

	@Test
	void anAllowNamingOtherMethodsThanThePathDeclaresIsFound() {
		FuzzRequest options = new FuzzRequest("OPTIONS", "/runtimes", List.of("Host: localhost"), null, null, 0, false);
		Answer declared = new Answer(200, List.of("Allow: GET,HEAD,OPTIONS"), new byte[0], 5);
		Answer wider = new Answer(200, List.of("Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS, TRACE, PATCH"),
				new byte[0], 5);
		assertThat(keys(options, declared)).isEmpty();
		assertThat(keys(options, wider)).containsExactly("allow-mismatch: OPTIONS /runtimes → 200");
	}

	@Test
	void aServerErrorAndASlowAnswerAreFound() {
		Answer failed = new Answer(500, List.of("Content-Length: 0"), new byte[0], ContractRules.SLOW_MILLIS + 1);
		assertThat(keys(get("/runtimes"), failed)).contains("server-error: GET /runtimes → 500",
				"slow: GET /runtimes → 500");
	}

	@Test
	void aKnownFindingIsNamedByAPatternAndOthersAreNot() {
		KnownFindings known = new KnownFindings(List.of("keep-alive-dropped: * → 415"));
		assertThat(known.known("keep-alive-dropped: POST /codes/decode → 415")).isTrue();
		assertThat(known.known("keep-alive-dropped: POST /codes/decode → 405")).isFalse();
	}

	private static List<String> keys(FuzzRequest request, Answer answer) {
		return rules.judge(request, answer).stream().map(ContractRules.Finding::key).toList();
	}

	private static FuzzRequest get(String target) {
		return new FuzzRequest("GET", target, List.of("Host: localhost"), null, null, 0, false);
	}

	private static Answer problem(String detail) {
		String body = "{\"type\":\"urn:scf-codes:problem:invalid-request\",\"title\":\"Invalid request\",\"status\":400,"
				+ "\"detail\":\"" + detail + "\",\"instance\":\"x\",\"requestId\":\"x\"}";
		return new Answer(400, List.of("Content-Type: application/problem+json"), body.getBytes(StandardCharsets.UTF_8),
				5);
	}

	private static List<Observed> exchangeWith(String answer) throws IOException {
		return exchangeWith(answer, "no request is left unanswered");
	}

	/**
	 * The refused request and the probe after it, on a server that answers each
	 * connection's first request so, and closes a connection unanswered when its request
	 * starts with {@code unanswered}.
	 */
	private static List<Observed> exchangeWith(String answer, String unanswered) throws IOException {
		try (ServerSocket server = new ServerSocket(0)) {
			Thread serving = new Thread(() -> serve(server, answer, unanswered));
			serving.setDaemon(true);
			serving.start();
			return new ContractExchanges(server.getLocalPort(), rules).run(List.of(REFUSED));
		}
	}

	private static void serve(ServerSocket server, String answer, String unanswered) {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				if (!readHead(socket.getInputStream()).startsWith(unanswered)) {
					socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
				}
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			head.write(b);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

}
