package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the catalog to the seeded status-code page: every code of its table, with the exact name.
 */
class SeedTableTests {

	private static final Pattern ROW = Pattern.compile("<td>(\\d{3})<br>([^<]+)</td>");

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	@Test
	void everySeedCodeIsInTheCatalogWithItsExactName() throws IOException {
		Map<Integer, String> seed = seedTable();
		assertThat(seed).hasSize(29);
		seed.forEach((status, name) -> assertThat(this.catalog.find(status)).as("status %d", status)
			.hasValueSatisfying((code) -> assertThat(code.name()).isEqualTo(name)));
	}

	@Test
	void seedCodesAreMarkedAsComingFromTheSeed() throws IOException {
		seedTable().keySet()
			.forEach((status) -> assertThat(this.catalog.find(status).orElseThrow().source().id()).isEqualTo("seed"));
	}

	@Test
	void laterCodesAreMarkedWithTheirOwnSource() {
		assertThat(this.catalog.find(402).orElseThrow().source().id()).isEqualTo("sc-en");
		assertThat(this.catalog.find(403).orElseThrow().source().id()).isEqualTo("sc-cn");
		assertThat(this.catalog.all()).extracting(StatusCode::status).hasSize(31);
	}

	@Test
	void exactlyTheSeedsRecyclingCodesRecycleTheInstance() {
		assertThat(this.catalog.all().stream().filter((code) -> code.recycling().triggers()).map(StatusCode::status))
			.containsExactly(433, 434, 439);
	}

	private static Map<Integer, String> seedTable() throws IOException {
		String page = new ClassPathResource("seed/status-code-page.html").getContentAsString(StandardCharsets.UTF_8);
		Map<Integer, String> rows = new LinkedHashMap<>();
		Matcher matcher = ROW.matcher(page);
		while (matcher.find()) {
			rows.put(Integer.parseInt(matcher.group(1)), matcher.group(2).strip());
		}
		return rows;
	}

}
