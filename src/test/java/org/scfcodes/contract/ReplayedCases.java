package org.scfcodes.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request with which the contract fuzzing ever found something, with the key of
 * what it found, committed and replayed on every run; a new finding's request is added
 * here by the run that finds it.
 */
final class ReplayedCases {

	static final Path FILE = Path.of("src/test/resources/org/scfcodes/contract/contract-fuzz-cases.json");

	// a field at its default (no body, sent once) is left out: the cases stay short to
	// read
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_DEFAULT))
		.build();

	/**
	 * A committed case: what it found when it was added, and the requests, sent on one
	 * connection.
	 */
	record Case(String found, List<FuzzRequest> requests) {
	}

	static List<Case> committed() {
		if (!Files.exists(FILE)) {
			return List.of();
		}
		try {
			return JSON.readValue(Files.readString(FILE), new TypeReference<List<Case>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void add(List<Case> found) {
		if (found.isEmpty()) {
			return;
		}
		List<Case> all = new ArrayList<>(committed());
		all.addAll(found);
		try {
			Files.writeString(FILE, JSON.writeValueAsString(all) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
