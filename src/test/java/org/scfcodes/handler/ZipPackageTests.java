package org.scfcodes.handler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.scfcodes.web.Problem;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.scfcodes.handler.TestZips.zip;

/**
 * Reading packages that are not what they claim: each is refused with a problem, none is extracted.
 */
class ZipPackageTests {

	@Test
	void readsNamesSizesAndModes() {
		ZipPackage pkg = ZipPackage.read(zip().executable("main", TestZips.elf()).file("a/b.txt", "hi").bytes(), Validators.LIMITS);
		assertThat(pkg.entries()).extracting(ZipPackage.Entry::name).containsExactly("main", "a/b.txt");
		assertThat(pkg.entry("main").isExecutable()).isTrue();
		assertThat(pkg.entry("a/b.txt").isExecutable()).isFalse();
		assertThat(new String(pkg.content(pkg.entry("a/b.txt")), StandardCharsets.UTF_8)).isEqualTo("hi");
	}

	@Test
	void notAZipIsRefused() {
		assertProblem(() -> ZipPackage.read("just some text".getBytes(), Validators.LIMITS), HttpStatus.UNPROCESSABLE_CONTENT,
				"package-not-zip");
		assertProblem(() -> ZipPackage.read(new byte[0], Validators.LIMITS), HttpStatus.UNPROCESSABLE_CONTENT, "package-not-zip");
	}

	@Test
	void truncatedZipIsRefused() {
		byte[] whole = zip().file("index.py", "def main_handler(e, c):\n    pass\n".repeat(50)).bytes();
		assertProblem(() -> ZipPackage.read(Arrays.copyOf(whole, whole.length - 30), Validators.LIMITS),
				HttpStatus.UNPROCESSABLE_CONTENT, "package-");
		byte[] cut = Arrays.copyOfRange(whole, 20, whole.length);
		assertProblem(() -> {
			ZipPackage pkg = ZipPackage.read(cut, Validators.LIMITS);
			pkg.content(pkg.entries().get(0));
		}, HttpStatus.UNPROCESSABLE_CONTENT, "package-damaged");
	}

	@Test
	void pathTraversalNamesAreRefused() {
		for (String name : new String[] { "../evil.py", "a/../../evil.py", "/etc/passwd", "C:/windows/x", "..\\evil" }) {
			assertProblem(() -> ZipPackage.read(zip().file(name, "x").bytes(), Validators.LIMITS),
					HttpStatus.UNPROCESSABLE_CONTENT, "package-unsafe-entry");
		}
	}

	@Test
	void bombDeclaringHugeSizesIsRefusedBeforeInflating() {
		assertProblem(() -> ZipPackage.read(zip().lying("bomb.txt", new byte[10], 4_000_000_000L).bytes(), Validators.LIMITS),
				HttpStatus.CONTENT_TOO_LARGE, "package-too-large");
	}

	@Test
	void entryInflatingBeyondItsDeclaredSizeIsRefused() {
		ZipPackage pkg = ZipPackage.read(zip().lying("index.py", new byte[50_000], 100).bytes(), Validators.LIMITS);
		assertProblem(() -> pkg.content(pkg.entry("index.py")), HttpStatus.UNPROCESSABLE_CONTENT, "package-size-mismatch");
	}

	@Test
	void entryLargerThanTheReadLimitIsRefused() {
		ZipPackage pkg = ZipPackage.read(zip().file("index.py", new byte[100_000], 0644).bytes(), Validators.LIMITS);
		assertProblem(() -> pkg.content(pkg.entry("index.py")), HttpStatus.CONTENT_TOO_LARGE, "package-entry-too-large");
		assertThat(pkg.head(pkg.entry("index.py"), 4)).hasSize(4);
	}

	@Test
	void tooManyEntriesAreRefused() {
		TestZips many = zip();
		for (int i = 0; i <= Validators.LIMITS.maxEntries(); i++) {
			many.file("f" + i, "x");
		}
		assertProblem(() -> ZipPackage.read(many.bytes(), Validators.LIMITS), HttpStatus.CONTENT_TOO_LARGE,
				"package-too-many-entries");
	}

	@Test
	void encryptedEntryIsRefusedWhenRead() {
		ZipPackage pkg = ZipPackage.read(zip().encrypted("index.py", "secret").bytes(), Validators.LIMITS);
		assertProblem(() -> pkg.content(pkg.entry("index.py")), HttpStatus.UNPROCESSABLE_CONTENT, "package-encrypted");
	}

	private static void assertProblem(Runnable action, HttpStatus status, String type) {
		assertThatExceptionOfType(Problem.class).isThrownBy(action::run).satisfies((problem) -> {
			assertThat(problem.getStatusCode()).isEqualTo(status);
			assertThat(problem.getBody().getType().toString()).contains(type);
		});
	}

}
