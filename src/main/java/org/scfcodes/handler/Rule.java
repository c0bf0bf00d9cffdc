package org.scfcodes.handler;

/**
 * The checks the validator makes. Their texts, severities and platform failures live in
 * {@code findings.yaml}.
 */
enum Rule {

	EMPTY("handler.empty"), WHITESPACE("handler.whitespace"), PATH_SEPARATOR("handler.path-separator"),
	CHARACTERS("handler.characters"), FIRST_CHARACTER("handler.first-character"),
	LAST_CHARACTER("handler.last-character"), TOO_SHORT("handler.too-short"),
	SEGMENT_TOO_LONG("handler.segment-too-long"), LENGTH_AMBIGUOUS("handler.length-ambiguous"),
	SEGMENT_START("handler.segment-start"), FINAL_DIGIT("handler.final-digit"), FORM_GO("handler.form.go"),
	FORM_MISSING_FUNCTION("handler.form.missing-function"), FORM_TOO_MANY_PARTS("handler.form.too-many-parts"),
	FILE_SUFFIX("handler.file-suffix"), FORM_JAVA("handler.form.java"), JAVA_SEPARATOR("handler.java-separator"),
	JAVA_DEFAULT_PACKAGE("handler.java-default-package"), NOT_USED_WEB("handler.not-used-web"),
	NOT_USED_IMAGE("handler.not-used-image"), CUSTOM_RUNTIME("handler.custom-runtime"),
	ENTRY_MISSING("package.entry-missing"), ENTRY_IN_FOLDER("package.entry-in-folder"),
	FUNCTION_MISSING("package.function-missing"), JAVA_CLASS_MISSING("package.java-class-missing"),
	JAVA_METHOD_MISSING("package.java-method-missing"), GO_BINARY_MISSING("package.go-binary-missing"),
	GO_NOT_ELF("package.go-not-elf"), GO_NOT_EXECUTABLE("package.go-not-executable"),
	BOOTSTRAP_MISSING("package.bootstrap-missing"), BOOTSTRAP_NOT_EXECUTABLE("package.bootstrap-not-executable"),
	BOOTSTRAP_CRLF("package.bootstrap-crlf"), BOOTSTRAP_NO_SHEBANG("package.bootstrap-no-shebang"),
	BOOTSTRAP_LOOPBACK("package.bootstrap-loopback"),
	RUNTIME_BOOTSTRAP_NOT_EXECUTABLE("package.runtime-bootstrap-not-executable"),
	RUNTIME_BOOTSTRAP_CRLF("package.runtime-bootstrap-crlf");

	private final String id;

	Rule(String id) {
		this.id = id;
	}

	String id() {
		return this.id;
	}

}
