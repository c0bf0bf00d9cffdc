package org.scfcodes.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lookups over the embedded catalog.
 */
class CodeCatalogTests {

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	@Test
	void nameLookupIgnoresCaseAndSurroundingSpaces() {
		assertThat(this.catalog.findByName("  invalidparametervalue ")).extracting(StatusCode::status)
			.containsExactly(400, 436);
	}

	@Test
	void nameLookupFindsSentenceNamesAndAliases() {
		assertThat(this.catalog.findByName("The size of response exceeds the upper limit (6MB)"))
			.extracting(StatusCode::status)
			.containsExactly(407);
		assertThat(this.catalog.findByName("User preocess exit when running")).extracting(StatusCode::status)
			.containsExactly(439);
	}

	@Test
	void nameLookupIsExactNotPartial() {
		assertThat(this.catalog.findByName("TimeLimit")).isEmpty();
	}

	@Test
	void similarNamesSuggestTheMisspeltCode() {
		assertThat(this.catalog.similarNames("TimeLimitReched", 3)).first()
			.isEqualTo(new CodeRef(433, "TimeLimitReached"));
		assertThat(this.catalog.similarNames("TimeLimit", 3)).contains(new CodeRef(433, "TimeLimitReached"));
		assertThat(this.catalog.similarNames("zzzzzzzzzzzz", 3)).isEmpty();
	}

	@Test
	void searchNeedsEveryWordAndRanksNameMatchesFirst() {
		assertThat(this.catalog.search("memory")).extracting(StatusCode::status).startsWith(434);
		assertThat(this.catalog.search("memory leak")).extracting(StatusCode::status).containsExactly(434);
		assertThat(this.catalog.search("memory banana")).isEmpty();
	}

	@Test
	void searchWorksInChinese() {
		assertThat(this.catalog.search("内存泄漏")).extracting(StatusCode::status).containsExactly(434);
		assertThat(this.catalog.search("镜像")).extracting(StatusCode::status).contains(444, 447);
	}

	@Test
	void blankSearchFindsNothing() {
		assertThat(this.catalog.search("   ")).isEmpty();
	}

	@Test
	void nearestCodesAreNumericallyClosest() {
		assertThat(this.catalog.nearest(431, 3)).extracting(CodeRef::status).containsExactly(430, 432, 429);
		assertThat(this.catalog.nearest(448, 2)).extracting(CodeRef::status).containsExactly(447, 449);
	}

}
