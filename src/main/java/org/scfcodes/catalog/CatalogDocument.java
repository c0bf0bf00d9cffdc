package org.scfcodes.catalog;

import java.util.List;
import java.util.Map;

import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The catalog file as written, before its references are resolved and its entries checked.
 */
record CatalogDocument(String version, Map<String, ReferenceDocument> sources, Map<String, ReferenceDocument> links,
		Map<String, Text> recycling, Map<String, CategoryDocument> retryCategories, List<JsonNode> codes) {

	record ReferenceDocument(Text title, String url) {
	}

	record CategoryDocument(String source, Text summary) {
	}

	record LinesDocument(List<String> en, List<String> zh) {
	}

	record RetryDocument(String category, String basis) {
	}

	record CodeDocument(Integer status, String name, List<String> aliases, String source, List<String> actors,
			Boolean recyclesInstance, RetryDocument retry, List<Quantity> quantities, Text meaning,
			LinesDocument causes, LinesDocument remedies, List<String> links, List<String> messages,
			LinesDocument notes) {
	}

}
