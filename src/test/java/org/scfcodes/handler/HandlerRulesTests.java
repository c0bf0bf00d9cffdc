package org.scfcodes.handler;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.apierror.ApiErrorLoader;
import org.scfcodes.catalog.CatalogLoader;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Handler strings for every runtime family, right and wrong.
 */
class HandlerRulesTests {

	private final HandlerValidator validator = Validators.validator();

	private static final ApiErrorCatalog API_ERRORS = ApiErrorLoader.load(
			new ClassPathResource("catalog/api-errors.yaml"),
			CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")));

	@ParameterizedTest
	@CsvSource({ "Python3.9, index.main_handler", "python2.7, app.handler", "Nodejs18.15, index.main_handler",
			"PHP5, index.main_handler", "Php8.0, index.main_handler", "Go1, main", "golang1, bootstrap",
			"Java8, example.Hello::mainHandler", "Java11, com.example.app.Hello::handle",
			"Python3.9, my-file.my_handler" })
	void canonicalHandlersAreValidWithoutFindings(String runtime, String handler) {
		ValidationReport report = validate(runtime, handler);
		assertThat(report.valid()).isTrue();
		assertThat(report.findings()).isEmpty();
		assertThat(report.suggestedHandler()).isNull();
	}

	@Test
	void partsNameTheEntryFileWithItsSuffix() {
		assertThat(validate("Python3.9", "index.main_handler").parts())
			.isEqualTo(HandlerParts.file("index.py", "main_handler"));
		assertThat(validate("Nodejs16.13", "app.run").parts().entryFile()).isEqualTo("app.js");
		assertThat(validate("Php7.4", "index.main_handler").parts().entryFile()).isEqualTo("index.php");
		assertThat(validate("Go1", "main").parts().entryFile()).isEqualTo("main");
		HandlerParts java = validate("Java8", "example.Hello::mainHandler").parts();
		assertThat(java.javaPackage()).isEqualTo("example");
		assertThat(java.javaClass()).isEqualTo("Hello");
		assertThat(java.javaMethod()).isEqualTo("mainHandler");
		assertThat(java.entryFile()).isEqualTo("example/Hello.class");
	}

	@ParameterizedTest
	@CsvSource({ "Python3.9, index.py.main_handler, handler.file-suffix, index.main_handler",
			"Nodejs12.16, index.js, handler.file-suffix, index.main_handler",
			"Python3.9, main_handler, handler.form.missing-function, index.main_handler",
			"Php7, index, handler.form.missing-function, index.main_handler",
			"Python3.9, src.index.main_handler, handler.form.too-many-parts, index.main_handler",
			"Go1, main.main, handler.form.go, main",
			"Java8, example.Hello.mainHandler, handler.java-separator, example.Hello::mainHandler",
			"Java8, example.Hello:mainHandler, handler.java-separator, example.Hello::mainHandler" })
	void wrongFormFailsAtInvocationWithTheFix(String runtime, String handler, String rule, String fix) {
		ValidationReport report = validate(runtime, handler);
		assertThat(report.valid()).isFalse();
		Finding finding = only(report, rule);
		assertThat(finding.severity()).isEqualTo(Finding.Severity.ERROR);
		assertThat(finding.failure().stage()).isEqualTo("invocation");
		assertThat(finding.failure().code().status()).isEqualTo(437);
		assertThat(finding.failure().link()).isEqualTo("/codes/437");
		assertThat(report.suggestedHandler()).isEqualTo(fix);
	}

	@ParameterizedTest
	@CsvSource({ "'src/index.main_handler', handler.path-separator, index.main_handler",
			"'index .main_handler', handler.whitespace, index.main_handler",
			"'1index.main_handler', handler.first-character, ",
			"'index.main_handler_', handler.last-character, index.main_handler",
			"'index.main$handler', handler.characters, index.mainhandler", "'a', handler.too-short, a.main_handler" })
	void ruleTextViolationsFailAtDeploy(String handler, String rule, String fix) {
		ValidationReport report = validate("Python3.9", handler);
		Finding finding = only(report, rule);
		assertThat(finding.failure().stage()).isEqualTo("deploy");
		assertThat(finding.failure().apiError()).isEqualTo("InvalidParameterValue.Handler");
		assertThat(finding.failure().link()).isEqualTo("/api-errors/InvalidParameterValue.Handler");
		assertThat(API_ERRORS.find(finding.failure().apiError())).as("the linked API error exists").isPresent();
		assertThat(finding.message().en()).isNotBlank();
		assertThat(finding.message().zh()).isNotBlank().isNotEqualTo(finding.message().en());
		assertThat(report.suggestedHandler()).isEqualTo(fix);
	}

	@Test
	void ambiguousRulesWarnInsteadOfRefusing() {
		assertThat(validate("Python3.9", "index.handler2")).satisfies((report) -> {
			assertThat(report.valid()).isTrue();
			assertThat(only(report, "handler.final-digit").severity()).isEqualTo(Finding.Severity.WARNING);
		});
		String longHandler = "a".repeat(40) + "." + "b".repeat(40);
		assertThat(validate("Python3.9", longHandler)).satisfies((report) -> {
			assertThat(report.valid()).isTrue();
			assertThat(only(report, "handler.length-ambiguous").message().en()).contains("81 characters");
		});
		assertThat(validate("Python3.9", "index._private").valid()).isTrue();
		assertThat(validate("Java8", "Hello::handle")).satisfies((report) -> {
			assertThat(report.valid()).isTrue();
			assertThat(only(report, "handler.java-default-package").severity()).isEqualTo(Finding.Severity.WARNING);
		});
	}

	@Test
	void nameLongerThanSixtyIsAnErrorUnderEveryReading() {
		ValidationReport report = validate("Python3.9", "index." + "f".repeat(61));
		assertThat(report.valid()).isFalse();
		assertThat(only(report, "handler.segment-too-long").message().en()).contains("61 characters");
	}

	@Test
	void colonsAreOnlyForJava() {
		assertThat(only(validate("Python3.9", "index::main_handler"), "handler.characters").message().en())
			.contains("':'");
	}

	@Test
	void emptyHandlerSuggestsTheRuntimesExample() {
		ValidationReport report = validate("Java8", "");
		assertThat(only(report, "handler.empty").suggestion()).isEqualTo("example.Hello::mainHandler");
		assertThat(report.suggestedHandler()).isEqualTo("example.Hello::mainHandler");
	}

	@Test
	void customRuntimeTakesAnyWellFormedHandler() {
		ValidationReport report = validate("CustomRuntime", "whatever.you-like");
		assertThat(report.valid()).isTrue();
		assertThat(report.findings()).extracting(Finding::rule).containsExactly("handler.custom-runtime");
	}

	@Test
	void webAndImageFunctionsIgnoreTheHandler() {
		ValidationReport web = this.validator.validate("Python3.9", "not a handler!", "web", null, null);
		assertThat(web.valid()).isTrue();
		assertThat(web.functionType()).isEqualTo("web");
		assertThat(web.findings()).extracting(Finding::rule).containsExactly("handler.not-used-web");
		assertThat(only(web, "handler.not-used-web").message().en()).contains("scf_bootstrap").contains("9000");
		assertThat(this.validator.validate("Go1", "", "image", null, null).findings()).extracting(Finding::rule)
			.containsExactly("handler.not-used-image");
	}

	@Test
	void runtimesMatchIgnoringCaseAndAliases() {
		Runtimes runtimes = this.validator.runtimes();
		assertThat(runtimes.find(" nodejs18.15 ").id()).isEqualTo("Nodejs18.15");
		assertThat(runtimes.find("PHP5").id()).isEqualTo("Php5.6");
		assertThat(runtimes.find("Golang1").id()).isEqualTo("Go1");
		assertThat(runtimes.find("Java11").inferred()).isTrue();
		assertThat(runtimes.find("Nodejs8.9").deprecated()).isTrue();
		assertThat(runtimes.find("Ruby2.7")).isNull();
		assertThat(runtimes.all()).hasSize(20);
	}

	private ValidationReport validate(String runtime, String handler) {
		return this.validator.validate(runtime, handler, null, null, null);
	}

	private static Finding only(ValidationReport report, String rule) {
		List<Finding> findings = report.findings().stream().filter((finding) -> finding.rule().equals(rule)).toList();
		assertThat(findings).as("findings %s", report.findings().stream().map(Finding::rule).toList()).hasSize(1);
		return findings.get(0);
	}

}
