package org.scfcodes.page;

import java.util.List;

/**
 * A titled list of texts, left out when there is nothing in it.
 */
final class Items {

	private Items() {
	}

	static void write(Html html, String title, List<String> items) {
		if (!items.isEmpty()) {
			html.element("strong", title);
			list(html, items);
		}
	}

	static void list(Html html, List<String> items) {
		html.open("ul");
		items.forEach((item) -> html.element("li", item));
		html.close("ul");
	}

}
