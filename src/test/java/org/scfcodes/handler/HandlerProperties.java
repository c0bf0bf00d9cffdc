package org.scfcodes.handler;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the handler rules over generated handlers.
 */
class HandlerProperties {

	private static final String[] RUNTIMES = { "Python3.9", "Nodejs16.13", "Php8.0", "Go1", "Java11", "CustomRuntime" };

	private final HandlerValidator validator = Validators.validator();

	@Property(tries = 500)
	void noHandlerStringMakesTheRulesThrow(@ForAll @StringLength(max = 200) String handler,
			@ForAll("runtimes") String runtime) {
		ValidationReport report = this.validator.validate(runtime, handler, null, null, null);
		assertThat(report.valid()).isEqualTo(report.findings().stream()
			.noneMatch((finding) -> finding.severity() == Finding.Severity.ERROR));
	}

	@Property(tries = 300)
	void everyFileFunctionHandlerIsAccepted(@ForAll("names") String file, @ForAll("names") String function,
			@ForAll("scriptRuntimes") String runtime) {
		ValidationReport report = this.validator.validate(runtime, file + "." + function, null, null, null);
		assertThat(report.valid()).as("%s %s.%s: %s", runtime, file, function, report.findings()).isTrue();
		assertThat(report.parts().function()).isEqualTo(function);
	}

	@Property(tries = 200)
	void everyGoBinaryNameIsAccepted(@ForAll("names") String binary) {
		assertThat(this.validator.validate("Go1", binary, null, null, null).valid()).isTrue();
	}

	@Property(tries = 300)
	void everyJavaMethodHandlerIsAccepted(@ForAll("names") String pkg, @ForAll("names") String type,
			@ForAll("names") String method) {
		ValidationReport report = this.validator.validate("Java8", pkg + "." + type + "::" + method, null, null, null);
		assertThat(report.valid()).as("%s.%s::%s: %s", pkg, type, method, report.findings()).isTrue();
		assertThat(report.parts().javaMethod()).isEqualTo(method);
	}

	@Provide
	Arbitrary<String> runtimes() {
		return Arbitraries.of(RUNTIMES);
	}

	@Provide
	Arbitrary<String> scriptRuntimes() {
		return Arbitraries.of("Python2.7", "Python3.10", "Nodejs18.15", "Php7", "PHP5");
	}

	/** Names of the runtime's own form: a letter, then letters, digits, '_' and '-', ending with a letter. */
	@Provide
	Arbitrary<String> names() {
		Arbitrary<Character> letter = Arbitraries.chars().alpha();
		Arbitrary<String> middle = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
			.withCharRange('0', '9').withChars('_', '-').ofMaxLength(20);
		return Combinators.combine(letter, middle, letter).as((first, rest, last) -> first + rest + last);
	}

}
