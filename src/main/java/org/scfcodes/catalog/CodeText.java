package org.scfcodes.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.scfcodes.web.Language;

/**
 * Renders status codes as compact text for a terminal, in English or Chinese.
 */
final class CodeText {

	private CodeText() {
	}

	static void render(StatusCode code, Language lang, StringBuilder out) {
		boolean zh = lang == Language.ZH;
		out.append(code.status()).append(' ').append(code.name()).append('\n');
		out.append(code.meaning().in(lang)).append('\n');
		list(out, zh ? "原因" : "Causes", code.causes().in(lang));
		list(out, zh ? "解决方法" : "Remedies", code.remedies().in(lang));
		out.append(zh ? "实例回收：" : "Recycles the instance: ")
			.append(code.recycling().triggers() ? (zh ? "是" : "yes") : (zh ? "未说明" : "not stated"))
			.append('\n');
		if (!code.actors().isEmpty()) {
			out.append(zh ? "处理方：" : "Who acts: ")
				.append(code.actors().stream().map(Actor::id).collect(Collectors.joining(", ")))
				.append('\n');
		}
		out.append(zh ? "异步重试：" : "Async retry: ")
			.append(code.retry().category())
			.append(" (")
			.append(code.retry().basis().id())
			.append(") ")
			.append(code.retry().summary().in(lang))
			.append('\n');
		list(out, zh ? "数值" : "Numbers",
				code.quantities().stream().map((q) -> q.label().in(lang) + ": " + q.value() + " " + q.unit()).toList());
		list(out, zh ? "文档" : "Docs",
				code.links().stream().map((link) -> link.title().in(lang) + " " + link.url()).toList());
		list(out, zh ? "说明" : "Notes", code.notes().in(lang));
		if (!code.aliases().isEmpty()) {
			out.append(zh ? "别名：" : "Also spelt: ").append(String.join(", ", code.aliases())).append('\n');
		}
	}

	static void suggestions(List<CodeRef> refs, Language lang, StringBuilder out) {
		if (!refs.isEmpty()) {
			out.append(lang == Language.ZH ? "您是否要找：" : "Did you mean: ")
				.append(refs.stream().map((ref) -> ref.status() + " " + ref.name()).collect(Collectors.joining(", ")))
				.append('\n');
		}
	}

	static void footer(String catalogVersion, Language lang, StringBuilder out) {
		out.append(lang == Language.ZH ? "目录版本 " : "catalog ").append(catalogVersion).append('\n');
	}

	private static void list(StringBuilder out, String title, List<String> items) {
		if (!items.isEmpty()) {
			out.append(title).append(":\n");
			items.forEach((item) -> out.append("  - ").append(item).append('\n'));
		}
	}

}
