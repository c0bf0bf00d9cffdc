package org.scfcodes.lookup.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.catalog.CodeCatalog;
import org.scfcodes.catalog.RetryText;
import org.scfcodes.catalog.StatusCode;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Text;
import org.scfcodes.text.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence a status code's answer serves is either an official text, quoted with
 * its source, or marked as the project's: in the JSON model by a field documented as the
 * project's, in the text answer, in both languages, by a heading or a mark that says so.
 */
class ServedSentencesTests {

	/** Fields that hold official words, each beside the source it is quoted from. */
	private static final Set<String> QUOTED = Set.of("OfficialText.description", "OfficialText.solution",
			"RetryText.text", "RetryText.heading", "Quoted.text", "Link.text");

	/** Fields that name, identify, date or address something rather than say it. */
	private static final Set<String> NAMES = Set.of("CodeAnswer.catalogVersion", "CodeAnswer.name",
			"CodeAnswer.aliases", "CodeAnswer.kind", "StatusMessage.text", "StatusMessage.where", "StatusMessage.basis",
			"StatusMessage.source", "CodeLinks.all", "CodeLinks.page", "OfficialText.source", "OfficialText.language",
			"OfficialText.translatedFrom", "Quoted.source", "Quoted.translatedFrom", "Link.url", "RetryPolicy.category",
			"RetryPolicy.basis", "RetryText.source", "RetryText.language", "RetryText.translatedFrom",
			"Stated.invocation", "Stated.stated", "Recycling.source", "Field.name", "Field.source", "Metric.namespace",
			"Metric.name", "Metric.basis", "Metric.source", "Quantity.name", "Quantity.unit", "Quantity.source",
			"Source.id", "Source.title", "Source.url", "Source.date");

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyTextOfTheJsonModelIsQuotedWithItsSourceOrInAFieldDocumentedAsTheProjects() {
		Set<String> project = new TreeSet<>();
		for (StatusCode code : this.catalog.all()) {
			JsonNode answer = this.json.valueToTree(
					CodeAnswer.of("1", code, EnumSet.allOf(Parts.class), new Text("the retry in brief", "重试概括"), null));
			walk(answer, CodeAnswer.class, new ArrayList<>(), false, code.status(), project);
		}
		assertThat(project).as("the project's texts found")
			.contains("CodeAnswer.meaning", "CodeAnswer.causes", "CodeAnswer.notes", "CodeAnswer.retryInBrief",
					"RetryText.about", "Recycling.explanation", "Source.about", "Quantity.label");
	}

	@Test
	void everyLineOfTheTextAnswerIsQuotedWithItsSourceOrMarkedAsTheProjectsInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (Language language : Language.values()) {
			Labels labels = new Labels(messages, language);
			String projects = (language == Language.ZH) ? "本项目" : "the project's";
			String official = prefix(labels, "source.official");
			List<String> labelled = List.of(prefix(labels, "code.recycling"), prefix(labels, "code.seen-in"),
					prefix(labels, "code.aliases"), prefix(labels, "catalog.version"), labels.get("code.retry.none"));
			List<String> headingsOfQuotes = List.of(labels.get("code.links"), labels.get("code.quantities"),
					labels.get("code.retry.sync"), prefix(labels, "code.retry"));
			for (StatusCode code : this.catalog.all()) {
				List<String> lines = List
					.of(new CodeTextAnswer("1", code, EnumSet.of(Parts.OFFICIAL, Parts.RETRY, Parts.DETAILS), null)
						.toPlainText(labels)
						.split("\n"));
				assertThat(lines.get(0)).isEqualTo(code.status() + " " + code.name());
				assertThat(lines.get(2)).as("%d: the description's source", code.status())
					.satisfiesAnyOf((line) -> assertThat(line).contains("(" + official),
							(line) -> assertThat(line).contains("(" + projects));
				String heading = "";
				for (String line : lines.subList(3, lines.size())) {
					String at = code.status() + " " + language.tag() + ": " + line;
					if (!line.startsWith("  ")) {
						heading = line;
						boolean marked = line.contains(official) || line.contains(projects);
						boolean ofQuotes = headingsOfQuotes.stream().anyMatch(line::startsWith);
						assertThat(marked || ofQuotes || labelled.stream().anyMatch(line::startsWith)).as(at).isTrue();
						continue;
					}
					boolean underMarkedHeading = heading.contains(official) || heading.contains(projects);
					boolean quotedWithSource = line.endsWith(")")
							&& (line.contains(" (" + official) || line.contains(" (" + projects));
					boolean link = heading.startsWith(labels.get("code.links")) && line.matches("  - .* https://\\S+");
					assertThat(underMarkedHeading || quotedWithSource || link).as(at).isTrue();
					for (RetryText text : retryTexts(code)) {
						String about = (text.about() != null) ? labels.in(text.about()) : null;
						if (about != null && line.contains(about)) {
							assertThat(line).as(at).contains(labels.get("retry.about", about));
						}
					}
				}
			}
		}
	}

	@Test
	void theLabelsOfTheProjectsJudgementsSaySo() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (Language language : Language.values()) {
			Labels labels = new Labels(messages, language);
			String projects = (language == Language.ZH) ? "本项目" : "the project's";
			assertThat(labels.get("code.actors", "x")).as(language.tag()).contains(projects);
			for (String key : List.of("code.notes", "code.causes", "api-errors.statuses", "retry.basis.inferred",
					"metric.basis.inferred", "code.retry.stated")) {
				assertThat(labels.get(key)).as("%s %s", language.tag(), key).contains(projects);
			}
			for (String key : List.of("code.brief.actors", "code.brief.retry", "page.code.actors")) {
				assertThat(labels.get(key, "x")).as("%s %s", language.tag(), key).contains(projects);
			}
		}
	}

	private static List<RetryText> retryTexts(StatusCode code) {
		return Stream.of(code.retry().policy(), code.retry().official(), code.retry().async(), code.retry().sync())
			.flatMap(List::stream)
			.toList();
	}

	private static String prefix(Labels labels, String key) {
		String label = labels.get(key, "\u0000", "\u0000", "\u0000");
		int cut = label.indexOf('\u0000');
		return (cut >= 0) ? label.substring(0, cut) : label;
	}

	private void walk(JsonNode node, Type type, List<String> path, boolean project, int status, Set<String> found) {
		Class<?> raw = raw(type);
		if (node.isArray()) {
			Type element = (type instanceof ParameterizedType list) ? list.getActualTypeArguments()[0] : Object.class;
			node.forEach((item) -> walk(item, element, path, project, status, found));
		}
		else if (node.isObject() && Map.class.isAssignableFrom(raw)) {
			Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
			node.properties().forEach((entry) -> walk(entry.getValue(), value, path, project, status, found));
		}
		else if (node.isObject() && raw.isRecord()) {
			node.properties().forEach((entry) -> {
				RecordComponent component = component(raw, entry.getKey());
				if (component == null) {
					// a value served from a method, such as a status code's kind
					assertThat(NAMES).as("%d: %s", status, entry.getKey())
						.anyMatch((name) -> name.endsWith("." + entry.getKey()));
					return;
				}
				List<String> at = new ArrayList<>(path);
				at.add(component.getDeclaringRecord().getSimpleName() + "." + component.getName());
				walk(entry.getValue(), component.getGenericType(), at, project || isProjects(component), status, found);
			});
		}
		else if (node.isString()) {
			String field = path.stream()
				.filter((segment) -> !segment.startsWith("Text.") && !segment.startsWith("TextList."))
				.reduce((first, second) -> second)
				.orElseThrow();
			if (project) {
				found.add(field);
			}
			assertThat(project || QUOTED.contains(field) || NAMES.contains(field))
				.as("%d: %s is neither quoted with its source nor marked as the project's words", status, path)
				.isTrue();
		}
	}

	private static RecordComponent component(Class<?> record, String property) {
		for (RecordComponent component : record.getRecordComponents()) {
			if (component.getName().equals(property)) {
				return component;
			}
		}
		for (RecordComponent component : record.getRecordComponents()) {
			if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
					|| component.isAnnotationPresent(JsonUnwrapped.class)) {
				RecordComponent inner = component(component.getType(), property);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	private static boolean isProjects(RecordComponent component) {
		Schema schema = component.getAccessor().getAnnotation(Schema.class);
		if (schema == null) {
			schema = component.getAnnotation(Schema.class);
		}
		return schema != null && schema.description().toLowerCase(Locale.ROOT).contains("the project's");
	}

	private static Class<?> raw(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return (type instanceof Class<?> clazz) ? clazz : Object.class;
	}

}
