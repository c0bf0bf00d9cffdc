package org.scfcodes.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The official pages kept under {@code src/test/resources/official/}, read as the catalog
 * quotes them: HTML tags and Markdown emphasis, code marks and link targets removed,
 * whitespace collapsed; a solution cell split into one item per list item or line.
 */
final class OfficialPages {

	private static final Pattern ROW = Pattern.compile("<td>(\\d{3})<br>(.*?)</td>\\s*<td>(.*?)</td>\\s*<td>(.*?)</td>",
			Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("<a\\s+href=\"([^\"]+)\"\\s*>(.*?)(?:</a>|$)", Pattern.DOTALL);

	private OfficialPages() {
	}

	/** One row of a status-code table. */
	record Row(int status, String name, String description, List<String> solution, List<Link> links) {
	}

	/** The rows of a status-code page, by status. */
	static Map<Integer, Row> statusRows(String page) {
		Map<Integer, Row> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(read(page));
		while (row.find()) {
			int status = Integer.parseInt(row.group(1));
			List<Link> links = new ArrayList<>(links(row.group(3)));
			links.addAll(links(row.group(4)));
			rows.put(status, new Row(status, clean(row.group(2)), clean(row.group(3)), items(row.group(4)), links));
		}
		return rows;
	}

	/** A page's text as the catalog quotes it, for finding a quoted sentence in it. */
	static String text(String page) {
		return clean(read(page));
	}

	static String read(String page) {
		try {
			return new ClassPathResource("official/" + page).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String clean(String html) {
		String text = html.replaceAll("<br\\s*/?>", " ")
			.replaceAll("<[^>]+>", "")
			.replaceAll("\\[([^\\]]+)\\]\\([^)]+\\)", "$1");
		text = HtmlUtils.htmlUnescape(text).replace("**", "").replace("`", "");
		return text.replaceAll("(?U)\\s+", " ").strip();
	}

	private static List<String> items(String cell) {
		List<String> items = Arrays.stream(cell.split("<br\\s*/?>|</?li[^>]*>|</?ul[^>]*>"))
			.map(OfficialPages::clean)
			.filter((item) -> !item.isEmpty())
			.toList();
		return items.equals(List.of("-")) ? List.of() : items;
	}

	private static List<Link> links(String cell) {
		List<Link> links = new ArrayList<>();
		Matcher link = LINK.matcher(cell);
		while (link.find()) {
			links.add(new Link(clean(link.group(2)), link.group(1)));
		}
		return links;
	}

}
