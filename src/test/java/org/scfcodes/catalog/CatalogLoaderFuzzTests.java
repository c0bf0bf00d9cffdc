package org.scfcodes.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.scfcodes.data.DataFileException;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of catalog loading: any file, and any edit of the real catalog, loads or is
 * refused with a {@link DataFileException} that names the file.
 */
@Tag("fuzz")
class CatalogLoaderFuzzTests {

	private static final List<String> CATALOG = catalogLines();

	/**
	 * Values a key may be given instead of its own: null, empty, of another type, or not
	 * YAML at all.
	 */
	private static final List<String> VALUES = List.of("null", "~", "", "''", "[]", "{}", "[null]", "{ a: null }", "0",
			"-1", "1e999", "true", "2022-02-30", "!!binary AAAA", "*undefined", "&anchor", "|", "- ", "[", "{");

	/**
	 * Any bytes as a catalog file load, every code found by its status, or are refused
	 * naming the file.
	 */
	@DictionaryFile(resourcePath = "yaml.dict")
	@FuzzTest(maxDuration = "30s")
	void anyFileLoadsOrIsRefused(byte[] bytes) {
		loadsOrIsRefused(bytes);
	}

	/**
	 * The real catalog with up to four lines deleted, repeated, cut short, swapped,
	 * re-indented, given another value (YAML's null, an empty or odd value, or any text)
	 * or emptied as a list item, or with a line of any text inserted, loads or is refused
	 * naming the file.
	 */
	@DictionaryFile(resourcePath = "yaml.dict")
	@FuzzTest(maxDuration = "30s")
	void anyEditOfTheCatalogLoadsOrIsRefused(FuzzedDataProvider data) {
		List<String> lines = new ArrayList<>(CATALOG);
		int edits = data.consumeInt(1, 4);
		for (int i = 0; i < edits; i++) {
			edit(lines, data.consumeInt(0, lines.size() - 1), data);
		}
		loadsOrIsRefused(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	private static void edit(List<String> lines, int at, FuzzedDataProvider data) {
		String line = lines.get(at);
		switch (data.consumeInt(0, 7)) {
			case 0 -> lines.remove(at);
			case 1 -> lines.add(at, line);
			case 2 -> lines.set(at, line.substring(0, data.consumeInt(0, line.length())));
			case 3 -> Collections.swap(lines, at, data.consumeInt(0, lines.size() - 1));
			case 4 -> lines.set(at, " ".repeat(data.consumeInt(0, 12)) + line.stripLeading());
			case 5 -> lines.set(at, line.substring(0, line.indexOf(':') + 1) + " "
					+ (data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(80)));
			case 6 -> {
				int dash = line.indexOf("- ");
				lines.set(at, (dash >= 0) ? line.substring(0, dash + 1) : line);
			}
			default -> lines.add(at, data.consumeString(80));
		}
	}

	private static void loadsOrIsRefused(byte[] bytes) {
		Resource file = new ByteArrayResource(bytes, "fuzzed catalog");
		try {
			CodeCatalog catalog = CatalogLoader.load(file);
			assertThat(catalog.all()).allSatisfy((code) -> assertThat(catalog.find(code.status())).containsSame(code));
		}
		catch (DataFileException refused) {
			assertThat(refused.getMessage()).startsWith(file.getDescription() + ": ");
		}
	}

	private static List<String> catalogLines() {
		try {
			return new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
