package org.scfcodes.handler;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.scfcodes.handler.TestZips.zip;

/**
 * Reading packages that are not what they claim: each is refused with a problem, none is
 * extracted.
 */
class ZipPackageTests {

	@Test
	void readsNamesSizesAndModes() {
		ZipPackage pkg = ZipPackage.read(zip().executable("main", TestZips.elf()).file("a/b.txt", "hi").bytes(),
				Validators.LIMITS);
		assertThat(pkg.entries()).extracting(ZipPackage.Entry::name).containsExactly("main", "a/b.txt");
		assertThat(pkg.entry("main").isExecutable()).isTrue();
		assertThat(pkg.entry("a/b.txt").isExecutable()).isFalse();
		assertThat(new String(pkg.content(pkg.entry("a/b.txt")), StandardCharsets.UTF_8)).isEqualTo("hi");
	}

	@Test
	void notAZipIsRefused() {
		assertRefused(() -> ZipPackage.read("just some text".getBytes(), Validators.LIMITS),
				PackageException.Kind.NOT_ZIP);
		assertRefused(() -> ZipPackage.read(new byte[0], Validators.LIMITS), PackageException.Kind.NOT_ZIP);
	}

	@Test
	void truncatedZipIsRefused() {
		byte[] whole = zip().file("index.py", "def main_handler(e, c):\n    pass\n".repeat(50)).bytes();
		assertThatExceptionOfType(PackageException.class)
			.isThrownBy(() -> ZipPackage.read(Arrays.copyOf(whole, whole.length - 30), Validators.LIMITS))
			.satisfies((refusal) -> assertThat(refusal.kind().overLimit()).isFalse());
		byte[] cut = Arrays.copyOfRange(whole, 20, whole.length);
		assertRefused(() -> {
			ZipPackage pkg = ZipPackage.read(cut, Validators.LIMITS);
			pkg.content(pkg.entries().get(0));
		}, PackageException.Kind.DAMAGED);
	}

	@Test
	void pathTraversalNamesAreRefused() {
		for (String name : new String[] { "../evil.py", "a/../../evil.py", "/etc/passwd", "C:/windows/x",
				"..\\evil" }) {
			assertRefused(() -> ZipPackage.read(zip().file(name, "x").bytes(), Validators.LIMITS),
					PackageException.Kind.UNSAFE_ENTRY);
		}
	}

	@Test
	void bombDeclaringHugeSizesIsRefusedBeforeInflating() {
		assertRefused(
				() -> ZipPackage.read(zip().lying("bomb.txt", new byte[10], 4_000_000_000L).bytes(), Validators.LIMITS),
				PackageException.Kind.TOO_LARGE);
	}

	@Test
	void entryInflatingBeyondItsDeclaredSizeIsRefused() {
		ZipPackage pkg = ZipPackage.read(zip().lying("index.py", new byte[50_000], 100).bytes(), Validators.LIMITS);
		assertRefused(() -> pkg.content(pkg.entry("index.py")), PackageException.Kind.SIZE_MISMATCH);
	}

	@Test
	void entryLargerThanTheReadLimitIsRefused() {
		ZipPackage pkg = ZipPackage.read(zip().file("index.py", new byte[100_000], 0644).bytes(), Validators.LIMITS);
		assertRefused(() -> pkg.content(pkg.entry("index.py")), PackageException.Kind.ENTRY_TOO_LARGE);
		assertThat(pkg.head(pkg.entry("index.py"), 4)).hasSize(4);
	}

	@Test
	void tooManyEntriesAreRefused() {
		TestZips many = zip();
		for (int i = 0; i <= Validators.LIMITS.maxEntries(); i++) {
			many.file("f" + i, "x");
		}
		assertRefused(() -> ZipPackage.read(many.bytes(), Validators.LIMITS), PackageException.Kind.TOO_MANY_ENTRIES);
	}

	@Test
	void encryptedEntryIsRefusedWhenRead() {
		ZipPackage pkg = ZipPackage.read(zip().encrypted("index.py", "secret").bytes(), Validators.LIMITS);
		assertRefused(() -> pkg.content(pkg.entry("index.py")), PackageException.Kind.ENCRYPTED);
	}

	private static void assertRefused(Runnable action, PackageException.Kind kind) {
		assertThatExceptionOfType(PackageException.class).isThrownBy(action::run)
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo(kind));
	}

}
