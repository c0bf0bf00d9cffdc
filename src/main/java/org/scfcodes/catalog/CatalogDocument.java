package org.scfcodes.catalog;

import java.util.List;
import java.util.Map;

import org.scfcodes.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * The catalog file as written, before its references are resolved and its entries checked.
 */
record CatalogDocument(String version, Map<String, SourceDocument> sources, RecyclingDocument recycling,
		WhereSeenDocument whereSeen, RetryDocument retry, List<JsonNode> codes) {

	record SourceDocument(Text title, String url, String date, Boolean statusPage, Text about) {
	}

	record RecyclingDocument(String source, Text documented, Text notDocumented) {
	}

	record FieldDocument(String name, String source) {
	}

	record WhereSeenDocument(FieldDocument payloadField, FieldDocument logField, FieldDocument metricNamespace) {
	}

	record RetryTextDocument(String source, String language, String translatedFrom, String heading, String text,
			Text about) {
	}

	record RetryDocument(List<RetryTextDocument> async, List<RetryTextDocument> sync,
			Map<String, List<RetryTextDocument>> categories) {
	}

	record LinesDocument(List<String> en, List<String> zh) {
	}

	record CodeRetryDocument(String category, String basis, List<RetryTextDocument> official) {
	}

	record MetricDocument(String name, String basis) {
	}

	record OfficialDocument(String source, String language, String translatedFrom, String description,
			List<String> solution, List<Link> links) {
	}

	record QuantityDocument(String name, Long value, String unit, String source, Text label) {
	}

	record CodeDocument(Integer status, String name, List<String> aliases, List<String> actors,
			Boolean recyclesInstance, CodeRetryDocument retry, MetricDocument metric, Text meaning,
			LinesDocument causes, List<OfficialDocument> official, List<QuantityDocument> quantities,
			List<String> messages, LinesDocument notes) {
	}

}
