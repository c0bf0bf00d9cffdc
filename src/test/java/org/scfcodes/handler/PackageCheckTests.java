package org.scfcodes.handler;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scfcodes.handler.TestZips.zip;

/**
 * Handlers checked against code packages built in the tests, for every runtime family.
 */
class PackageCheckTests {

	private final HandlerValidator validator = Validators.validator();

	@Test
	void pythonEntryAtTheRootDefiningTheFunctionIsValid() {
		byte[] pkg = zip().file("index.py", "import json\n\ndef main_handler(event, context):\n    return 1\n").bytes();
		ValidationReport report = check("Python3.9", "index.main_handler", pkg);
		assertThat(report.valid()).isTrue();
		assertThat(report.findings()).isEmpty();
		assertThat(report.packageChecked().entries()).isEqualTo(1);
	}

	@Test
	void entryInsideAFolderIsTheClassicCauseOf437() {
		byte[] pkg = zip().file("my-func/index.py", "def main_handler(event, context):\n    pass\n").bytes();
		ValidationReport report = check("Python3.9", "index.main_handler", pkg);
		assertThat(report.valid()).isFalse();
		Finding finding = only(report, "package.entry-in-folder");
		assertThat(finding.message().en()).contains("index.py is inside the folder my-func/");
		assertThat(finding.failure().code().status()).isEqualTo(437);
	}

	@Test
	void missingEntryFileSuggestsTheFileThatDefinesTheFunction() {
		byte[] pkg = zip().file("app.py", "def main_handler(event, context):\n    pass\n")
			.file("util.py", "x = 1\n")
			.bytes();
		ValidationReport report = check("Python3.9", "index.main_handler", pkg);
		assertThat(only(report, "package.entry-missing").message().en())
			.isEqualTo("The package has no index.py at its root.");
		assertThat(report.suggestedHandler()).isEqualTo("app.main_handler");
	}

	@Test
	void missingFunctionSuggestsTheHandlerTheFileDefines() {
		byte[] pkg = zip()
			.file("index.py", "def helper():\n    pass\n\nasync def my_handler(event, context):\n    pass\n")
			.bytes();
		ValidationReport report = check("Python3.9", "index.main_handler", pkg);
		assertThat(only(report, "package.function-missing").message().en())
			.contains("index.py does not define the function main_handler");
		assertThat(report.suggestedHandler()).isEqualTo("index.my_handler");
	}

	@Test
	void nestedPythonFunctionsDoNotCount() {
		byte[] pkg = zip().file("index.py", "class A:\n    def main_handler(self):\n        pass\n").bytes();
		assertThat(check("Python3.9", "index.main_handler", pkg).valid()).isFalse();
	}

	@Test
	void nodeExportsAreFound() {
		assertThat(check("Nodejs16.13", "index.main_handler",
				zip().file("index.js", "exports.main_handler = async (event, context) => 'ok';\n").bytes())
			.valid()).isTrue();
		assertThat(check("Nodejs16.13", "index.main_handler",
				zip().file("index.js", "module.exports.main_handler = function () {};\n").bytes())
			.valid()).isTrue();
		ValidationReport report = check("Nodejs16.13", "index.main_handler",
				zip().file("index.js", "const handler = async () => 1;\nmodule.exports = { handler };\n").bytes());
		assertThat(report.valid()).isFalse();
		assertThat(report.suggestedHandler()).isEqualTo("index.handler");
	}

	@Test
	void phpFunctionNamesIgnoreCase() {
		assertThat(check("Php7.4", "index.main_handler",
				zip().file("index.php", "<?php\nfunction Main_Handler($event, $context) {\n  return 1;\n}\n").bytes())
			.valid()).isTrue();
		assertThat(check("Php7.4", "index.main_handler", zip().file("index.php", "<?php\n// main_handler\n").bytes())
			.valid()).isFalse();
	}

	@Test
	void goBinaryMustBeALinuxExecutableAtTheRoot() {
		assertThat(check("Go1", "main", zip().executable("main", TestZips.elf()).bytes()).findings()).isEmpty();
		assertThat(only(check("Go1", "main", zip().executable("main", "MZ windows".getBytes()).bytes()),
				"package.go-not-elf")
			.severity()).isEqualTo(Finding.Severity.ERROR);
		ValidationReport notExecutable = check("Go1", "main", zip().file("main", TestZips.elf(), 0644).bytes());
		assertThat(notExecutable.valid()).isTrue();
		assertThat(only(notExecutable, "package.go-not-executable").severity()).isEqualTo(Finding.Severity.WARNING);
		ValidationReport otherName = check("Go1", "main", zip().executable("server", TestZips.elf()).bytes());
		assertThat(only(otherName, "package.go-binary-missing").message().en()).contains("no binary main");
		assertThat(otherName.suggestedHandler()).isEqualTo("server");
	}

	@Test
	void javaClassMustHaveAPublicMethodOfThatName() {
		byte[] hello = TestClasses.withMethods("example/Hello", "mainHandler", "secret");
		assertThat(check("Java8", "example.Hello::mainHandler", zip().file("example/Hello.class", hello, 0644).bytes())
			.findings()).isEmpty();
		ValidationReport privateMethod = check("Java8", "example.Hello::secret",
				zip().file("example/Hello.class", hello, 0644).bytes());
		assertThat(only(privateMethod, "package.java-method-missing").message().en())
			.contains("example.Hello has no public method secret");
		assertThat(privateMethod.suggestedHandler()).isEqualTo("example.Hello::mainHandler");
	}

	@Test
	void javaClassInAnotherPackageIsSuggested() {
		byte[] hello = TestClasses.withMethods("com/acme/Hello", "mainHandler", "secret");
		ValidationReport report = check("Java8", "example.Hello::mainHandler",
				zip().file("com/acme/Hello.class", hello, 0644).bytes());
		assertThat(only(report, "package.java-class-missing").message().en()).contains("no class example.Hello");
		assertThat(report.suggestedHandler()).isEqualTo("com.acme.Hello::mainHandler");
	}

	@Test
	void customRuntimeNeedsAnExecutableBootstrap() {
		assertThat(check("CustomRuntime", "index.handler",
				zip().executable("bootstrap", "#!/bin/bash\nexec ./server\n".getBytes()).bytes())
			.valid()).isTrue();
		assertThat(only(check("CustomRuntime", "index.handler", zip().file("server", "x").bytes()),
				"package.bootstrap-missing")
			.failure()
			.code()
			.status()).isEqualTo(445);
		// the Custom Runtime page: missing or not executable, the start fails as for a
		// missing bootstrap
		Finding notExecutable = only(
				check("CustomRuntime", "index.handler",
						zip().file("bootstrap", "#!/bin/bash\n".getBytes(), 0644).bytes()),
				"package.runtime-bootstrap-not-executable");
		assertThat(notExecutable.failure().code().status()).isEqualTo(445);
		assertThat(notExecutable.message().en()).contains("mode 644").doesNotContain("405");
		// the 405 checks of a web function's scf_bootstrap are not claimed for it
		ValidationReport crlf = check("CustomRuntime", "index.handler",
				zip()
					.executable("bootstrap",
							"#!/bin/bash\r\ncurl -s http://127.0.0.1:9001/runtime/init/ready\r\n".getBytes())
					.bytes());
		assertThat(crlf.findings()).extracting(Finding::rule)
			.contains("package.runtime-bootstrap-crlf")
			.doesNotContain("package.bootstrap-crlf", "package.bootstrap-loopback");
		assertThat(only(crlf, "package.runtime-bootstrap-crlf").failure()).isNull();
		assertThat(only(crlf, "package.runtime-bootstrap-crlf").message().en()).contains("do not say which status");
	}

	@Test
	void webFunctionBootstrapIsChecked() {
		byte[] pkg = zip()
			.executable("scf_bootstrap",
					"#!/bin/bash\r\n/var/lang/python37/bin/python3 -m http.server 9000 --bind 127.0.0.1\r\n".getBytes())
			.bytes();
		ValidationReport report = this.validator.validate("Python3.7", "", "web", pkg, "web.zip");
		assertThat(report.findings()).extracting(Finding::rule)
			.containsExactly("handler.not-used-web", "package.bootstrap-crlf", "package.bootstrap-loopback");
		assertThat(report.valid()).isFalse();
		// the official troubleshooting page for 405 lists DOS line endings and listening
		// on 127.0.0.1
		assertThat(only(report, "package.bootstrap-crlf").failure().code().status()).isEqualTo(405);
		assertThat(only(report, "package.bootstrap-loopback").message().en()).contains("405");
		ValidationReport missing = this.validator.validate("Python3.7", "", "web", zip().file("app.py", "x").bytes(),
				"web.zip");
		assertThat(only(missing, "package.bootstrap-missing").message().en()).contains("scf_bootstrap");
	}

	private ValidationReport check(String runtime, String handler, byte[] pkg) {
		return this.validator.validate(runtime, handler, null, pkg, "code.zip");
	}

	private static Finding only(ValidationReport report, String rule) {
		List<Finding> findings = report.findings().stream().filter((finding) -> finding.rule().equals(rule)).toList();
		assertThat(findings).as("findings %s", report.findings().stream().map(Finding::rule).toList()).hasSize(1);
		return findings.get(0);
	}

}
