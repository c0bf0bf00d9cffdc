package org.scfcodes.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.scfcodes.text.Source;

/**
 * Derives a code's current guidance in one language from its official texts, newest
 * first: the description and the solution of the newest status-page revision that states
 * each, an official text before a translation of one.
 */
final class Guidances {

	private Guidances() {
	}

	/**
	 * The guidance in a language, or {@code null} when no status-page revision describes
	 * the code in it.
	 */
	static @Nullable Guidance of(List<OfficialText> official, Map<String, Source> sources, String language) {
		OfficialText described = newest(official, sources, language, true);
		if (described == null) {
			return null;
		}
		OfficialText solved = newest(official, sources, language, false);
		Guidance.Quoted description = new Guidance.Quoted(List.of(described.description()), described.source(),
				described.translatedFrom());
		Guidance.Quoted solution = (solved != null && !solved.solution().isEmpty())
				? new Guidance.Quoted(solved.solution(), solved.source(), solved.translatedFrom()) : null;
		return new Guidance(description, solution,
				links(official, sources, language, (solved != null) ? solved : described));
	}

	private static @Nullable OfficialText newest(List<OfficialText> official, Map<String, Source> sources,
			String language, boolean description) {
		OfficialText translation = null;
		for (OfficialText text : official) {
			boolean states = description ? text.description() != null : text.solution() != null;
			if (sources.get(text.source()).statusPage() && text.language().equals(language) && states) {
				if (!text.translated()) {
					return text;
				}
				translation = (translation != null) ? translation : text;
			}
		}
		return translation;
	}

	/**
	 * The links of the text quoted, or of the newest status-page text in the language
	 * that has links.
	 */
	private static List<Link> links(List<OfficialText> official, Map<String, Source> sources, String language,
			OfficialText quoted) {
		if (quoted.links() != null) {
			return quoted.links();
		}
		return official.stream()
			.filter((text) -> sources.get(text.source()).statusPage() && text.language().equals(language)
					&& text.links() != null)
			.findFirst()
			.map(OfficialText::links)
			.orElse(List.of());
	}

}
