package org.scfcodes.contract;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import org.scfcodes.contract.ContractRules.Finding;
import org.scfcodes.contract.KeptAliveConnection.Answer;

/**
 * Sends sequences of requests to the running service, each sequence on one kept-alive
 * connection as a client's pool would, judges every answer by the {@link ContractRules},
 * asks the GET of every HEAD to compare them, and closes each sequence with a probe on
 * the same connection: a request that gets no answer on a connection whose last answer
 * did not say {@code Connection: close} is a dropped keep-alive connection, found against
 * the request before it.
 */
final class ContractExchanges {

	/** How long to wait for an answer before calling it none. */
	private static final int TIMEOUT_MILLIS = 10_000;

	private static final FuzzRequest PROBE = new FuzzRequest("GET", "/runtimes", List.of("Host: localhost"), null, null,
			0, false);

	private final int port;

	private final ContractRules rules;

	private int sent;

	ContractExchanges(int port, ContractRules rules) {
		this.port = port;
		this.rules = rules;
	}

	/**
	 * A finding, the request that showed it, and the requests sent on its connection up
	 * to and including it (what a replay sends).
	 */
	record Observed(FuzzRequest request, Finding finding, List<FuzzRequest> connection) {
	}

	/** How many requests went out, probes and comparisons included. */
	int sent() {
		return this.sent;
	}

	List<Observed> run(List<FuzzRequest> sequence) throws IOException {
		List<Observed> observed = new ArrayList<>();
		List<FuzzRequest> requests = new ArrayList<>(sequence);
		requests.add(PROBE);
		KeptAliveConnection connection = null;
		List<FuzzRequest> history = new ArrayList<>();
		FuzzRequest previous = null;
		Answer previousAnswer = null;
		// the finding against the answer before a request that got none: kept only if
		// that request, sent again on a
		// connection of its own, gets one (else the request itself is what the server
		// would not answer)
		Observed dropped = null;
		try {
			for (int i = 0; i < requests.size(); i++) {
				FuzzRequest request = requests.get(i);
				if (i == requests.size() - 1 && connection == null && dropped == null) {
					break;
				}
				if (connection == null) {
					connection = new KeptAliveConnection(this.port, TIMEOUT_MILLIS);
					history = new ArrayList<>();
				}
				history.add(request);
				Answer answer;
				try {
					this.sent++;
					answer = connection.exchange(request);
				}
				catch (IOException ex) {
					connection.close();
					connection = null;
					if (previous != null && dropped == null && !(ex instanceof SocketTimeoutException)) {
						dropped = dropped(previous, previousAnswer, history.subList(0, history.size() - 1));
						previous = null;
						i--;
						continue;
					}
					observed
						.add(new Observed(request, new Finding("no-answer: " + this.rules.name(request), ex.toString()),
								List.copyOf(history)));
					dropped = null;
					previous = null;
					continue;
				}
				if (dropped != null) {
					observed.add(dropped);
					dropped = null;
				}
				List<Finding> findings = new ArrayList<>(this.rules.judge(request, answer));
				if (request.method().equals("HEAD")) {
					findings.addAll(this.rules.compare(request, answer, alone(request.withMethod("GET"))));
				}
				for (Finding finding : findings) {
					observed.add(new Observed(request, finding, List.copyOf(history)));
				}
				previous = answer.closes() ? null : request;
				previousAnswer = answer;
				if (answer.closes()) {
					connection.close();
					connection = null;
				}
			}
		}
		finally {
			if (connection != null) {
				connection.close();
			}
		}
		return observed;
	}

	private Observed dropped(FuzzRequest previous, Answer answer, List<FuzzRequest> connection) {
		return new Observed(previous,
				new Finding("keep-alive-dropped: " + this.rules.name(previous) + " → " + answer.status(),
						"the connection was dropped after this answer, which did not say Connection: close: "
								+ answer.headers()),
				List.copyOf(connection));
	}

	/** The answer to a request on a connection of its own. */
	private Answer alone(FuzzRequest request) throws IOException {
		try (KeptAliveConnection connection = new KeptAliveConnection(this.port, TIMEOUT_MILLIS)) {
			this.sent++;
			return connection.exchange(request);
		}
	}

}
