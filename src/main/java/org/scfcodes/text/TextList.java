package org.scfcodes.text;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A list of texts in English and in Chinese, item by item translations of each other.
 */
@Schema(description = "Items in English (en) and Chinese (zh); item i of one list translates item i of the other")
public record TextList(List<String> en, List<String> zh) {

	public static final TextList EMPTY = new TextList(List.of(), List.of());

	public TextList {
		en = List.copyOf(en);
		zh = List.copyOf(zh);
	}

	public List<String> in(Language language) {
		return (language == Language.ZH) ? this.zh : this.en;
	}

}
