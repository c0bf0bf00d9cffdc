package org.scfcodes.handler;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the code package reader and the package checks: any bytes given as a
 * package are read within the package limits or refused with a {@link PackageException}.
 * <p>
 * The bound: the limits are {@link Validators#LIMITS} (100 entries, 1 MB declared once
 * unzipped, 64 KB read of one entry). A package of n bytes lists at most 100 entries; a
 * read inflates one entry at a time, at most its declared size and at most 64 KB, so
 * memory is O(n + 64 KB) and inflating every entry once is O(n + 1 MB). libFuzzer makes
 * inputs of at most 4 KB, or of the largest seed's size.
 */
@Tag("fuzz")
class PackageFuzzTests {

	/** A runtime of each language, with a handler of its form. */
	private static final Map<String, String> HANDLERS = Map.of("Python3.9", "index.main_handler", "Nodejs16.13",
			"index.main_handler", "Php8.0", "index.main_handler", "Go1", "main", "Java11", "example.Hello::mainHandler",
			"CustomRuntime", "bootstrap");

	private static final HandlerValidator VALIDATOR = Validators.validator();

	private static final Labels LABELS = new Labels(TestMessages.bundles(), Language.EN);

	/**
	 * Any bytes are read as a package or refused with a {@link PackageException}. A
	 * package read lists at most the entries the limits allow, declaring at most the
	 * uncompressed size they allow; any entry's content is at most its declared size and
	 * the per-entry limit, or refused.
	 */
	@FuzzTest(maxDuration = "30s")
	void anyBytesAreReadWithinTheLimitsOrRefused(byte[] bytes) {
		ZipPackage zip;
		try {
			zip = ZipPackage.read(bytes, Validators.LIMITS);
		}
		catch (PackageException refused) {
			return;
		}
		List<ZipPackage.Entry> entries = zip.entries();
		assertThat(entries).hasSizeLessThanOrEqualTo(Validators.LIMITS.maxEntries());
		assertThat(entries.stream().mapToLong(ZipPackage.Entry::size).sum())
			.isLessThanOrEqualTo(Validators.LIMITS.maxUncompressedBytes());
		for (ZipPackage.Entry entry : entries) {
			assertReadOrRefused(() -> zip.head(entry, 4), Math.min(entry.size(), 4));
			assertReadOrRefused(() -> zip.content(entry), Math.min(entry.size(), Validators.LIMITS.maxEntryBytes()));
		}
	}

	/**
	 * Any bytes given as the package of a handler, for a runtime of every language and
	 * every function type, get a report or a {@link PackageException}; a corrected
	 * handler the report suggests gets one too, and passes the handler checks on its own;
	 * the text answer renders.
	 */
	@FuzzTest(maxDuration = "30s")
	void anyBytesAreCheckedAsAPackageForEveryRuntimeOrRefused(byte[] bytes) {
		HANDLERS.forEach((runtime, handler) -> check(runtime, handler, null, bytes));
		check("Python3.9", "index.main_handler", "web", bytes);
		check("Python3.9", "index.main_handler", "image", bytes);
	}

	private static void check(String runtime, String handler, String functionType, byte[] bytes) {
		ValidationReport report;
		try {
			report = VALIDATOR.validate(runtime, handler, functionType, bytes, "code.zip");
		}
		catch (PackageException refused) {
			return;
		}
		assertThat(report.toPlainText(LABELS)).isNotEmpty();
		String suggested = report.suggestedHandler();
		if (suggested != null) {
			assertThat(VALIDATOR.validate(runtime, suggested, functionType, null, null).valid())
				.as("%s suggested for %s %s", suggested, runtime, handler)
				.isTrue();
			try {
				VALIDATOR.validate(runtime, suggested, functionType, bytes, "code.zip");
			}
			catch (PackageException refused) {
				// An entry the suggestion names may be the one that cannot be read
			}
		}
	}

	private static void assertReadOrRefused(Supplier<byte[]> read, long atMost) {
		byte[] content;
		try {
			content = read.get();
		}
		catch (PackageException refused) {
			return;
		}
		assertThat((long) content.length).isLessThanOrEqualTo(atMost);
	}

}
