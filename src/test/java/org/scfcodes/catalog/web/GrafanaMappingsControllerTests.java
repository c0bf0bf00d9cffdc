package org.scfcodes.catalog.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CatalogConfiguration;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.data.ReloadableFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as Grafana value mappings: the shape a panel's {@code mappings} field
 * takes, every code of the catalog once, and an ETag per catalog version.
 */
@WebMvcTest(GrafanaMappingsController.class)
@Import(CatalogConfiguration.class)
class GrafanaMappingsControllerTests {

	private static final String PATH = "/codes/grafana-value-mappings";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReloadableFile<CodeCatalog> catalogs;

	@Test
	void eachStatusIsMappedToItsCodeAndNameColouredByWhoActs() {
		MvcTestResult result = this.mvc.get().uri(PATH).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$[0].type").isEqualTo("value");
		assertThat(result).bodyJson()
			.extractingPath("$[0].options.433")
			.isEqualTo(Map.of("text", "433 TimeLimitReached", "color", "orange", "index", 13));
		assertThat(result).bodyJson().extractingPath("$[0].options.400.color").isEqualTo("blue");
		assertThat(result).bodyJson().extractingPath("$[0].options.402.color").isEqualTo("purple");
		assertThat(result).bodyJson().extractingPath("$[0].options.404.color").isEqualTo("yellow");
		assertThat(result).bodyJson().extractingPath("$[0].options.500.color").isEqualTo("red");
		assertThat(result).bodyJson().extractingPath("$[0].options.200.color").isEqualTo("green");
	}

	@Test
	void everyCodeOfTheCatalogIsMappedOnceInStatusOrder() {
		MvcTestResult result = this.mvc.get().uri(PATH).exchange();
		var codes = this.catalogs.current().all();
		assertThat(result).bodyJson().extractingPath("$[0].options").asMap().hasSize(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			StatusCode code = codes.get(i);
			assertThat(result).bodyJson().extractingPath("$[0].options." + code.status() + ".index").isEqualTo(i);
			assertThat(result).bodyJson()
				.extractingPath("$[0].options." + code.status() + ".text")
				.isEqualTo(code.status() + " " + code.name());
		}
	}

	@Test
	void answerIsTaggedWithTheCatalogVersionAndRevalidated() {
		String etag = "\"" + this.catalogs.current().version() + "-json\"";
		assertThat(this.mvc.get().uri(PATH)).headers()
			.hasValue(HttpHeaders.ETAG, etag)
			.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=300, public");
		MvcTestResult revalidated = this.mvc.get().uri(PATH).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(revalidated).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.get().uri(PATH).header(HttpHeaders.IF_NONE_MATCH, "\"old-json\"")).hasStatusOk();
	}

}
