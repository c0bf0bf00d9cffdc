package org.scfcodes.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines for a terminal: at most the width, wide characters counted twice, broken where a
 * reader expects a line to break.
 */
class ColumnsTests {

	@Test
	void englishBreaksAtSpaces() {
		List<String> lines = Columns
			.wrap("Check whether a large number of time-consuming operations exist in the code.", 30, 5, "  ");
		assertThat(lines).containsExactly("Check whether a large number", "  of time-consuming operations",
				"  exist in the code.");
	}

	@Test
	void chineseFillsItsLinesAndKeepsALatinWordWhole() {
		String text = "请求体的 Content-Type 为 application/xml；请以下列之一发送 Content-Type 请求头：application/json、text/plain。";
		List<String> lines = Columns.wrap(text, 40, 5, "");
		assertThat(lines).allSatisfy((line) -> assertThat(Columns.width(line)).isLessThanOrEqualTo(40));
		assertThat(String.join("\n", lines)).contains("application/xml", "application/json", "Content-Type");
		// a line is not left nearly empty because its last space is far back
		List<String> filled = Columns.wrap("用 curl 发送" + "一二三四五六七八九十".repeat(3), 30, 5, "");
		assertThat(Columns.width(filled.get(0))).isGreaterThanOrEqualTo(29);
		// no line starts with closing punctuation
		assertThat(lines).noneMatch((line) -> line.startsWith("，") || line.startsWith("。") || line.startsWith("："));
	}

	@Test
	void aWordLongerThanTheLineIsCutRatherThanLost() {
		List<String> lines = Columns.wrap("https://intl.cloud.tencent.com/document/product/583/37040", 20, 5, "");
		assertThat(String.join("", lines)).isEqualTo("https://intl.cloud.tencent.com/document/product/583/37040");
		assertThat(lines).allSatisfy((line) -> assertThat(Columns.width(line)).isLessThanOrEqualTo(20));
	}

	@Test
	void tooManyLinesEndInAnEllipsis() {
		List<String> lines = Columns.wrap("一二三四五六七八九十".repeat(4), 20, 2, "");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).endsWith("…");
		assertThat(Columns.width(lines.get(1))).isLessThanOrEqualTo(20);
	}

}
