package org.scfcodes.handler;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of handler validation: any handler, runtime and function type get a report
 * or an unknown value, and every handler written in its runtime's own form is accepted.
 */
@Tag("fuzz")
class HandlerFuzzTests {

	private static final HandlerValidator VALIDATOR = Validators.validator();

	private static final List<Runtime> RUNTIMES = VALIDATOR.runtimes().all();

	/** The runtimes whose handler has a form of its own: all but the custom runtime. */
	private static final List<Runtime> WITH_A_FORM = RUNTIMES.stream()
		.filter((runtime) -> runtime.form() != Runtime.Form.FREE)
		.toList();

	private static final List<String> FUNCTION_TYPES = List.of("", "event", "web", "http", "image", "Event ", "WEB");

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final String NAME_CHARACTERS = LETTERS + "0123456789_-";

	private static final Labels LABELS = new Labels(TestMessages.bundles(), Language.ZH);

	/**
	 * Any handler for any runtime and function type gets a report or, for a runtime or
	 * type SCF does not have, an {@link UnknownValueException}: the report is valid
	 * exactly when it has no error, a corrected handler it suggests passes the checks
	 * itself, and its text answer renders.
	 */
	@FuzzTest(maxDuration = "30s")
	void anyHandlerGetsAReportOrAnUnknownValue(FuzzedDataProvider data) {
		String runtime = data.consumeBoolean() ? data.pickValue(RUNTIMES).id() : data.consumeString(64);
		String functionType = data.consumeBoolean() ? data.pickValue(FUNCTION_TYPES) : data.consumeString(16);
		String handler = data.consumeRemainingAsString();
		ValidationReport report;
		try {
			report = VALIDATOR.validate(runtime, handler, functionType, null, null);
		}
		catch (UnknownValueException unknown) {
			assertThat(unknown.accepted()).isNotEmpty();
			return;
		}
		assertThat(report.valid()).as("%s", report.findings())
			.isEqualTo(report.findings().stream().noneMatch((finding) -> finding.severity() == Finding.Severity.ERROR));
		if (report.suggestedHandler() != null) {
			ValidationReport suggested = VALIDATOR.validate(runtime, report.suggestedHandler(), functionType, null,
					null);
			assertThat(suggested.valid())
				.as("%s suggested for %s: %s", report.suggestedHandler(), handler, suggested.findings())
				.isTrue();
		}
		assertThat(report.toPlainText(LABELS)).isNotEmpty();
	}

	/**
	 * Every handler of a runtime's own form is accepted and read back:
	 * {@code file.function} for Python, Node.js and PHP, a binary name for Go,
	 * {@code package.Class::method} for Java, where each name starts and ends with a
	 * letter and has letters, digits, '_' and '-' between. Save one form, which the rules
	 * read as the file's suffix on purpose: a function named as the runtime's suffix
	 * ({@code index.js} for Node.js), nearly always a file name written whole rather than
	 * a function called {@code js}.
	 */
	@FuzzTest(maxDuration = "30s")
	void everyHandlerOfARuntimesOwnFormIsAccepted(FuzzedDataProvider data) {
		Runtime runtime = data.pickValue(WITH_A_FORM);
		String first = name(data);
		String second = name(data);
		if (runtime.form() == Runtime.Form.FILE_FUNCTION && ("." + second).equals(runtime.entrySuffix())) {
			return;
		}
		String handler = switch (runtime.form()) {
			case FILE_FUNCTION -> first + "." + second;
			case BINARY -> first;
			default -> first + "." + second + "::" + name(data);
		};
		ValidationReport report = VALIDATOR.validate(runtime.id(), handler, null, null, null);
		assertThat(report.valid()).as("%s %s: %s", runtime.id(), handler, report.findings()).isTrue();
		assertThat(report.suggestedHandler()).isNull();
		switch (runtime.form()) {
			case FILE_FUNCTION ->
				assertThat(report.parts()).isEqualTo(HandlerParts.file(first + runtime.entrySuffix(), second));
			case BINARY -> assertThat(report.parts().entryFile()).isEqualTo(first);
			default ->
				assertThat(report.parts().qualifiedClass() + "::" + report.parts().javaMethod()).isEqualTo(handler);
		}
	}

	/** A letter, up to 20 letters, digits, '_' and '-', and a letter. */
	private static String name(FuzzedDataProvider data) {
		StringBuilder name = new StringBuilder().append(LETTERS.charAt(data.consumeInt(0, LETTERS.length() - 1)));
		int middle = data.consumeInt(0, 20);
		for (int i = 0; i < middle; i++) {
			name.append(NAME_CHARACTERS.charAt(data.consumeInt(0, NAME_CHARACTERS.length() - 1)));
		}
		return name.append(LETTERS.charAt(data.consumeInt(0, LETTERS.length() - 1))).toString();
	}

}
