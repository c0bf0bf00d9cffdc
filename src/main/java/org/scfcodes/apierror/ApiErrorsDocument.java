package org.scfcodes.apierror;

import java.util.List;
import java.util.Map;

import org.scfcodes.text.Text;

/**
 * The API error file as written, before its references are resolved and its entries checked.
 */
record ApiErrorsDocument(String version, Map<String, SourceDocument> sources, DescriptionsDocument descriptions,
		List<ErrorDocument> errors) {

	record SourceDocument(Text title, String url, String date, Text about) {
	}

	/** Where the official descriptions come from, per language. */
	record DescriptionsDocument(String en, String zh) {
	}

	record CitationDocument(String source, Map<String, String> quote) {
	}

	record RemedyDocument(Text text, List<CitationDocument> cites) {
	}

	record StatusDocument(Integer status, String name, Text relation) {
	}

	record ErrorDocument(String code, String zh, String en, Map<String, String> translated,
			List<RemedyDocument> remedies, Text noRemedy, CitationDocument related, List<String> actions,
			List<StatusDocument> statuses) {
	}

}
