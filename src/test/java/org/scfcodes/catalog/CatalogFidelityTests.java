package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the catalog to the official pages it quotes (kept under
 * {@code src/test/resources/official/} with their source and revision): every code of
 * every page with its exact name; every row of every page kept whole word for word, with
 * its links, as that revision's text, so that every difference between a page and what is
 * served is declared; every number in a row as one of the code's quantities, and every
 * quantity in the revision it names; the retry page's rows word for word; and the quotes
 * of pages read only in part exactly as they were read (the excerpts).
 */
class CatalogFidelityTests {

	private static final String INTL = "intl-2022-07-27";

	private static final String SEED = "mainland-seed";

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	/**
	 * The pages kept whole: the file, the revision, its language, and the revision it is
	 * quoted against, if any.
	 */
	private static final List<Page> PAGES = List.of(new Page("status-codes.intl-2022-07-27.en.html", INTL, "en", null),
			new Page("status-codes.intl-2022-07-27.zh.html", INTL, "zh", null),
			new Page("status-codes.seed.zh.html", SEED, "zh", INTL));

	private final Map<Integer, OfficialPages.Row> english = OfficialPages
		.statusRows("status-codes.intl-2022-07-27.en.html");

	private final Map<Integer, OfficialPages.Row> chinese = OfficialPages
		.statusRows("status-codes.intl-2022-07-27.zh.html");

	private final Map<Integer, OfficialPages.Row> seed = OfficialPages.statusRows("status-codes.seed.zh.html");

	@Test
	void everyCodeOfEveryPageIsInTheCatalogWithItsExactName() {
		assertThat(this.seed).hasSize(29);
		assertThat(this.english).hasSize(30).containsKey(402).doesNotContainKey(403);
		assertThat(this.chinese.keySet()).isEqualTo(this.english.keySet());
		for (Map<Integer, OfficialPages.Row> page : List.of(this.english, this.chinese, this.seed)) {
			page.forEach((status, row) -> assertThat(this.catalog.find(status)).as("status %d", status)
				.hasValueSatisfying((code) -> assertThat(code.name()).isEqualTo(row.name())));
		}
		// 403 is only on the mainland page of 2023-09-11, quoted from its excerpt
		assertThat(this.catalog.all()).extracting(StatusCode::status).hasSize(31).contains(403);
		assertThat(this.catalog.find(403).orElseThrow().guidance().zh().description().source())
			.isEqualTo("mainland-2023-09-11");
	}

	/**
	 * Every row of every stored page is in the catalog as that revision's text, word for
	 * word with its links; a revision quoted only where it differs ({@code differsFrom})
	 * takes what it does not state from that one.
	 */
	@Test
	void everyRowOfEveryStoredPageIsQuotedWordForWordWithItsLinks() {
		for (Page page : PAGES) {
			OfficialPages.statusRows(page.file()).forEach((status, row) -> {
				OfficialText own = texts(status, page.source(), page.language()).stream().findFirst().orElse(null);
				OfficialText base = (page.differsFrom() != null) ? text(status, page.differsFrom(), page.language())
						: null;
				assertThat(own != null || base != null).as("%d in %s", status, page.source()).isTrue();
				OfficialText rest = (base != null) ? base : own;
				String description = (own != null && own.description() != null) ? own.description()
						: rest.description();
				List<String> solution = (own != null && own.solution() != null) ? own.solution() : rest.solution();
				List<Link> links = (own != null && own.links() != null) ? own.links() : orEmpty(rest.links());
				String at = status + " " + page.source() + " " + page.language();
				assertThat(description).as("%s description", at).isEqualTo(row.description());
				assertThat(solution).as("%s solution", at).isEqualTo(row.solution());
				assertThat(links).as("%s links", at).isEqualTo(row.links());
			});
		}
	}

	@Test
	void everyNumberOfARowIsAQuantityAndEveryQuantityIsInTheRevisionItNames() {
		Map<String, Map<Integer, OfficialPages.Row>> pages = Map.of(INTL, this.english, SEED, this.seed);
		for (Map<Integer, OfficialPages.Row> page : List.of(this.english, this.chinese, this.seed)) {
			page.forEach((status, row) -> {
				Set<Long> values = new TreeSet<>(
						this.catalog.find(status).orElseThrow().quantities().stream().map(Quantity::value).toList());
				assertThat(values).as("%d: the numbers of its row", status).containsAll(numbers(row));
			});
		}
		for (StatusCode code : this.catalog.all()) {
			for (Quantity quantity : code.quantities()) {
				OfficialPages.Row row = pages.get(quantity.source()).get(code.status());
				assertThat(numbers(row)).as("%d %s in %s", code.status(), quantity.name(), quantity.source())
					.contains(quantity.value());
			}
		}
	}

	@Test
	void theRetryPageIsQuotedWordForWord() {
		String english = OfficialPages.text("retry-policy.intl-2022-03-15.en.md");
		String chinese = OfficialPages.text("retry-policy.intl-2022-03-15.zh.md");
		for (StatusCode code : this.catalog.all()) {
			Stream.of(code.retry().policy(), code.retry().async(), code.retry().sync())
				.flatMap(List::stream)
				.filter((text) -> text.source().equals("retry-intl-2022-03-15"))
				.forEach((text) -> {
					assertThat(text.translatedFrom()).isNull();
					String page = text.language().equals("en") ? english : chinese;
					assertThat(page).as(text.text()).contains(text.text());
					if (text.heading() != null) {
						assertThat(page).as(text.heading()).contains(text.heading());
					}
				});
		}
		for (String category : List.of("system", "overrun", "execution", "invocation")) {
			StatusCode of = this.catalog.all()
				.stream()
				.filter((c) -> c.retry().category().equals(category))
				.findFirst()
				.orElseThrow();
			assertThat(of.retry().policy()).extracting(RetryText::language).contains("en", "zh");
		}
	}

	@Test
	void quotesOfPagesReadInPartAreExactlyWhatWasRead() throws IOException {
		for (StatusCode code : this.catalog.all()) {
			for (OfficialText text : code.official()) {
				if (text.translated() || text.source().equals(INTL) || text.source().equals(SEED)) {
					continue;
				}
				String excerpt = excerpt(text.source());
				Stream
					.concat(Stream.ofNullable(text.description()),
							Stream.ofNullable(text.solution()).flatMap(List::stream))
					.forEach((quote) -> assertThat(excerpt).as("%d %s", code.status(), text.source()).contains(quote));
			}
			for (RetryText text : Stream.concat(code.retry().official().stream(),
					code.retry().policy().stream().filter((policy) -> !policy.source().equals("retry-intl-2022-03-15")))
				.toList()) {
				if (!text.translated()) {
					String quoted = (text.heading() != null) ? text.heading() + " | " + text.text() : text.text();
					assertThat(excerpt(text.source())).as("%d %s", code.status(), text.source()).contains(quoted);
				}
			}
		}
	}

	/**
	 * Every line of every excerpt is in the stored copy of the page it cuts from
	 * ({@code official/copies/}, the copy as read, cut to the passages quoted), a table
	 * row as its heading and its text; a line no copy has any more is declared in the
	 * copy, and only such a line.
	 */
	@Test
	void everyExcerptIsCutFromTheStoredCopyOfItsPage() throws IOException {
		Resource[] excerpts = new PathMatchingResourcePatternResolver()
			.getResources("classpath:official/excerpts/*.txt");
		assertThat(excerpts).hasSizeGreaterThanOrEqualTo(9);
		for (Resource excerpt : excerpts) {
			String name = excerpt.getFilename();
			List<String> copy = new ClassPathResource("official/copies/" + name)
				.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.toList();
			String text = OfficialPages
				.clean(String.join("\n", copy.stream().filter((line) -> !line.startsWith("#")).toList()));
			List<String> declared = copy.stream()
				.filter((line) -> line.startsWith("# not in this copy: "))
				.map((line) -> line.substring("# not in this copy: ".length()))
				.toList();
			List<String> missing = excerpt.getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.filter((line) -> !isIn(OfficialPages.clean(line), text))
				.toList();
			assertThat(missing).as("%s: lines not in the stored copy", name).isEqualTo(declared);
		}
	}

	private static boolean isIn(String line, String copy) {
		return copy.contains(line)
				|| (line.contains(" | ") && Stream.of(line.split(" \\| ")).allMatch((part) -> copy.contains(part)));
	}

	/** A page kept whole under src/test/resources/official/. */
	private record Page(String file, String source, String language, String differsFrom) {
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static String excerpt(String source) throws IOException {
		return new ClassPathResource("official/excerpts/" + source + ".txt").getContentAsString(StandardCharsets.UTF_8);
	}

	private OfficialText text(int status, String source, String language) {
		List<OfficialText> texts = texts(status, source, language);
		assertThat(texts).as("%d %s %s", status, source, language).hasSize(1);
		return texts.get(0);
	}

	private List<OfficialText> texts(int status, String source, String language) {
		return this.catalog.find(status)
			.orElseThrow()
			.official()
			.stream()
			.filter((text) -> text.source().equals(source) && text.language().equals(language) && !text.translated())
			.toList();
	}

	private static Set<Long> numbers(OfficialPages.Row row) {
		Set<Long> numbers = new TreeSet<>();
		String text = row.description() + " " + String.join(" ", row.solution());
		Matcher number = NUMBER.matcher(text);
		while (number.find()) {
			numbers.add(Long.parseLong(number.group().replace(",", "").replaceAll("\\..*", "")));
		}
		return numbers;
	}

}
