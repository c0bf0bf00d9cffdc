package org.scfcodes.equivalent;

import java.util.List;
import java.util.Map;

import org.scfcodes.text.Text;

/**
 * The equivalents file as written, before it is checked.
 */
record EquivalentsDocument(String version, Map<String, PlatformDocument> platforms, Map<String, SourceDocument> sources,
		List<EquivalentDocument> equivalents, List<UnmatchedDocument> unmatched, List<RetryDocument> retries) {

	record PlatformDocument(String name, Text reports, String source) {
	}

	record SourceDocument(String title, String url, String publisher, String date, Text about) {
	}

	record EquivalentDocument(Integer status, String name, String platform, String match, Text difference,
			List<SightingDocument> sees, List<LimitDocument> limits) {
	}

	record SightingDocument(String kind, String value, String source, String match, Text note) {
	}

	record LimitDocument(Text what, FigureDocument scf, FigureDocument there, Text note) {
	}

	record FigureDocument(Long value, String unit, String source) {
	}

	record UnmatchedDocument(Integer status, String name, String platform, Text why, String source) {
	}

	record RetryDocument(String platform, List<Integer> statuses, Map<String, String> quote, Text about, String source) {
	}

}
