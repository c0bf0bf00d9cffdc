package org.scfcodes.handler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks a handler against its code package: the entry file at the root, the function in
 * it, the Java class and method, the Go binary, the bootstrap files. Returns the handler
 * the package suggests, when it shows one.
 */
final class PackageCheck {

	private static final Set<String> OBJECT_METHODS = Set.of("main", "toString", "equals", "hashCode", "getClass",
			"notify", "notifyAll", "wait");

	private final ZipPackage zip;

	private final Findings findings;

	PackageCheck(ZipPackage zip, Findings findings) {
		this.zip = zip;
		this.findings = findings;
	}

	@Nullable String check(Runtime runtime, FunctionType type, @Nullable HandlerParts parts) {
		if (type == FunctionType.WEB) {
			bootstrap("scf_bootstrap");
			return null;
		}
		if (type == FunctionType.IMAGE || parts == null) {
			return null;
		}
		return switch (runtime.form()) {
			case FREE -> {
				bootstrap("bootstrap");
				yield null;
			}
			case BINARY -> goBinary(parts.entryFile());
			case FILE_FUNCTION -> script(runtime, parts);
			case JAVA_METHOD -> javaClass(parts);
		};
	}

	/**
	 * The start file: a web function's {@code scf_bootstrap}, whose checks the
	 * troubleshooting page for 405 lists (it serves on 0.0.0.0:9000), or a Custom
	 * Runtime's {@code bootstrap}, which the pages hold to other failures (and which
	 * talks to the runtime API rather than serving).
	 */
	private void bootstrap(String name) {
		ZipPackage.Entry entry = atRoot(name, Rule.BOOTSTRAP_MISSING);
		if (entry == null) {
			return;
		}
		boolean web = name.equals("scf_bootstrap");
		if (!entry.isExecutable()) {
			this.findings.add(web ? Rule.BOOTSTRAP_NOT_EXECUTABLE : Rule.RUNTIME_BOOTSTRAP_NOT_EXECUTABLE, null, "file",
					name, "mode", entry.modeText());
		}
		byte[] head = this.zip.head(entry, 64 * 1024);
		String text = new String(head, StandardCharsets.ISO_8859_1);
		boolean elf = isElf(head);
		if (!elf && text.contains("\r\n")) {
			this.findings.add(web ? Rule.BOOTSTRAP_CRLF : Rule.RUNTIME_BOOTSTRAP_CRLF, null, "file", name);
		}
		if (!elf && !text.startsWith("#!")) {
			this.findings.add(Rule.BOOTSTRAP_NO_SHEBANG, null, "file", name);
		}
		if (web && text.contains("127.0.0.1")) {
			this.findings.add(Rule.BOOTSTRAP_LOOPBACK, null, "file", name);
		}
	}

	private @Nullable String goBinary(String name) {
		ZipPackage.Entry entry = atRoot(name, Rule.GO_BINARY_MISSING);
		if (entry == null) {
			List<String> binaries = rootFiles().stream().filter((file) -> !file.contains(".")).toList();
			return (binaries.size() == 1) ? binaries.get(0) : null;
		}
		if (!isElf(this.zip.head(entry, 4))) {
			this.findings.add(Rule.GO_NOT_ELF, null, "file", name);
		}
		if (!entry.isExecutable()) {
			this.findings.add(Rule.GO_NOT_EXECUTABLE, null, "file", name);
		}
		return null;
	}

	private @Nullable String script(Runtime runtime, HandlerParts parts) {
		String function = (parts.function() != null) ? parts.function() : "main_handler";
		ZipPackage.Entry entry = atRoot(parts.entryFile(), Rule.ENTRY_MISSING);
		if (entry == null) {
			List<String> candidates = rootFiles().stream()
				.filter((file) -> file.endsWith(runtime.entrySuffix()))
				.toList();
			for (String candidate : candidates) {
				if (SourceDefinitions.defines(runtime.language(), definitions(runtime, this.zip.entry(candidate)),
						function)) {
					return stem(candidate, runtime) + "." + function;
				}
			}
			return (candidates.size() == 1) ? stem(candidates.get(0), runtime) + "." + function : null;
		}
		Set<String> defined = definitions(runtime, entry);
		if (parts.function() != null && !SourceDefinitions.defines(runtime.language(), defined, parts.function())) {
			List<String> handlers = defined.stream().filter((name) -> name.contains("handler")).toList();
			String other = (handlers.size() == 1) ? handlers.get(0)
					: (defined.size() == 1) ? defined.iterator().next() : null;
			String suggestion = (other != null) ? stem(parts.entryFile(), runtime) + "." + other : null;
			this.findings.add(Rule.FUNCTION_MISSING, suggestion, "file", parts.entryFile(), "function",
					parts.function());
			return suggestion;
		}
		return null;
	}

	private @Nullable String javaClass(HandlerParts parts) {
		ZipPackage.Entry entry = atRoot(parts.entryFile(), Rule.JAVA_CLASS_MISSING, "class", parts.qualifiedClass());
		if (entry == null) {
			String simpleName = "/" + parts.javaClass() + ".class";
			String elsewhere = this.zip.entries()
				.stream()
				.map(ZipPackage.Entry::name)
				.filter((name) -> name.endsWith(simpleName) || name.equals(simpleName.substring(1)))
				.findFirst()
				.orElse(null);
			return (elsewhere != null && !elsewhere.contains("-INF/"))
					? elsewhere.substring(0, elsewhere.length() - 6).replace('/', '.') + "::" + parts.javaMethod()
					: null;
		}
		Set<String> methods = JavaClasses.publicMethods(this.zip.content(entry));
		if (methods == null || !methods.contains(parts.javaMethod())) {
			List<String> candidates = (methods != null)
					? methods.stream().filter((name) -> !OBJECT_METHODS.contains(name)).toList() : List.of();
			String suggestion = (candidates.size() == 1) ? parts.qualifiedClass() + "::" + candidates.get(0) : null;
			this.findings.add(Rule.JAVA_METHOD_MISSING, suggestion, "class", parts.qualifiedClass(), "function",
					parts.javaMethod());
			return suggestion;
		}
		return null;
	}

	/**
	 * The entry at the root; when it is missing, says so, naming the folder where it is
	 * if it is in one.
	 */
	private ZipPackage.@Nullable Entry atRoot(String name, Rule missing, String... values) {
		ZipPackage.Entry entry = this.zip.entry(name);
		if (entry != null && !entry.isDirectory()) {
			return entry;
		}
		String nested = this.zip.entries()
			.stream()
			.map(ZipPackage.Entry::name)
			.filter((path) -> path.endsWith("/" + name))
			.findFirst()
			.orElse(null);
		if (nested != null) {
			this.findings.add(Rule.ENTRY_IN_FOLDER, null, "file", name, "folder",
					nested.substring(0, nested.length() - name.length()));
		}
		else {
			String[] all = Arrays.copyOf(values, values.length + 2);
			all[values.length] = "file";
			all[values.length + 1] = name;
			this.findings.add(missing, null, all);
		}
		return null;
	}

	private Set<String> definitions(Runtime runtime, ZipPackage.Entry entry) {
		return SourceDefinitions.of(runtime.language(), new String(this.zip.content(entry), StandardCharsets.UTF_8));
	}

	private List<String> rootFiles() {
		return this.zip.entries()
			.stream()
			.filter((entry) -> !entry.isDirectory() && EntryNames.folder(entry.name()).isEmpty())
			.map(ZipPackage.Entry::name)
			.toList();
	}

	private static String stem(String file, Runtime runtime) {
		return file.substring(0, file.length() - runtime.entrySuffix().length());
	}

	private static boolean isElf(byte[] head) {
		return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
	}

}
