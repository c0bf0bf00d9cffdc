package org.scfcodes.contract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scfcodes.contract.ContractExchanges.Observed;
import org.scfcodes.contract.ReplayedCases.Case;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service, running on {@code CONTRACT_FUZZ_PORT}, against
 * {@code openapi.yaml}: the committed cases replayed, then requests generated from the
 * contract for {@code CONTRACT_FUZZ_SECONDS} (60 by default) from
 * {@code CONTRACT_FUZZ_SEED} (printed, random by default). A finding fails the test
 * unless the list of known findings names it; a new one's request is added to the
 * committed cases. Run by {@code .ci/contract-fuzz.sh}, which starts the jar; the normal
 * test run leaves it out by its name.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ContractFuzzTests {

	private static ContractRules rules;

	private static ContractExchanges exchanges;

	private static RequestGenerator generator;

	private static final KnownFindings known = KnownFindings.committed();

	private static final Set<String> seen = new java.util.TreeSet<>();

	@BeforeAll
	static void service() {
		String port = System.getenv("CONTRACT_FUZZ_PORT");
		assertThat(port).as("CONTRACT_FUZZ_PORT, the port of the running service (.ci/contract-fuzz.sh sets it)")
			.isNotBlank();
		OpenApiContract contract = OpenApiContract.committed();
		ContractOperations operations = new ContractOperations(contract);
		rules = new ContractRules(contract, operations);
		exchanges = new ContractExchanges(Integer.parseInt(port), rules);
		generator = new RequestGenerator(operations, new SchemaValues(operations, operations.spec()));
	}

	@Test
	void committedCasesKeepTheContract() throws IOException {
		List<Case> cases = ReplayedCases.committed();
		List<Observed> observed = new ArrayList<>();
		int before = exchanges.sent();
		for (Case replayed : cases) {
			observed.addAll(exchanges.run(replayed.requests()));
		}
		System.out.printf("Replayed %d committed cases in %d requests%n", cases.size(), exchanges.sent() - before);
		assertNoNewFinding(observed);
	}

	@Test
	void generatedRequestsKeepTheContract() throws IOException {
		long seed = Long
			.parseLong(System.getenv().getOrDefault("CONTRACT_FUZZ_SEED", String.valueOf(new Random().nextLong())));
		long seconds = Long.parseLong(System.getenv().getOrDefault("CONTRACT_FUZZ_SECONDS", "60"));
		System.out.printf(
				"Generating requests from openapi.yaml for %d s, seed %d (CONTRACT_FUZZ_SEED=%d repeats it)%n", seconds,
				seed, seed);
		Random random = new Random(seed);
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		int before = exchanges.sent();
		List<Observed> observed = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			List<FuzzRequest> sequence = new ArrayList<>();
			for (int n = 1 + random.nextInt(6); n > 0; n--) {
				sequence.add(generator.next(random));
			}
			observed.addAll(exchanges.run(sequence));
		}
		System.out.printf("Sent %d requests in %d s (seed %d)%n", exchanges.sent() - before, seconds, seed);
		keepNewCases(observed);
		assertNoNewFinding(observed);
	}

	/** One committed case for each key not yet among the committed cases. */
	private static void keepNewCases(List<Observed> observed) {
		Set<String> committed = ReplayedCases.committed().stream().map(Case::found).collect(Collectors.toSet());
		Map<String, Case> added = new LinkedHashMap<>();
		for (Observed finding : observed) {
			String key = finding.finding().key();
			if (!committed.contains(key)) {
				added.putIfAbsent(key, new Case(key, finding.connection()));
			}
		}
		ReplayedCases.add(List.copyOf(added.values()));
		if (!added.isEmpty()) {
			System.out.printf("%d new cases added to %s%n", added.size(), ReplayedCases.FILE);
		}
	}

	private static void assertNoNewFinding(List<Observed> observed) {
		Map<String, List<Observed>> byKey = new TreeMap<>();
		for (Observed finding : observed) {
			byKey.computeIfAbsent(finding.finding().key(), (key) -> new ArrayList<>()).add(finding);
		}
		List<String> failures = new ArrayList<>();
		byKey.forEach((key, all) -> {
			if (known.known(key)) {
				System.out.printf("known and open: %s (%d times)%n", key, all.size());
			}
			else {
				Observed first = all.get(0);
				System.out.printf("FINDING: %s (%d times)%n    request: %s%n    seen: %s%n", key, all.size(),
						first.request(), abbreviate(first.finding().detail()));
				failures.add(key);
			}
		});
		seen.addAll(byKey.keySet());
		assertThat(failures).as("findings not in %s", KnownFindings.FILE).isEmpty();
	}

	@AfterAll
	static void knownButNotSeen() {
		for (String line : known.unmatched(seen)) {
			System.out.println("listed as known but not seen in this run (fixed, or not reached): " + line);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 600) ? text : text.substring(0, 600) + "…";
	}

}
