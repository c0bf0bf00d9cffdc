package org.scfcodes.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of text answers exist in both languages: the English and Chinese bundles have
 * the same keys, each with a text, and every key the code names is in them. (Keys the
 * code completes from data, such as an actor's label, are checked whole when every code
 * is rendered in both languages at start-up.)
 */
class MessagesTests {

	private static final Pattern KEY_IN_CODE = Pattern.compile("(?:labels\\.get|getMessage)\\(\"([a-z][a-z0-9.-]*)\"");

	@Test
	void everyKeyHasATextInBothLanguages() throws IOException {
		Properties english = bundle("messages.properties");
		Properties chinese = bundle("messages_zh.properties");
		assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (Properties bundle : new Properties[] { english, chinese }) {
			bundle.forEach((key, text) -> assertThat((String) text).as("%s", key).isNotBlank());
		}
	}

	@Test
	void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher keys = KEY_IN_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8));
				while (keys.find()) {
					used.add(keys.group(1));
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(10);
		Set<String> keys = bundle("messages.properties").stringPropertyNames();
		// a key that ends with a dot is a family the code completes ("actor." + the
		// actor's id): one key must start so
		used.removeIf(
				(key) -> keys.contains(key) || (key.endsWith(".") && keys.stream().anyMatch((k) -> k.startsWith(key))));
		assertThat(used).as("keys named in the code but missing from the bundles").isEmpty();
	}

	@Test
	void anApostropheIsDoubledOnlyWhereTheTextIsAPattern() throws IOException {
		// Spring formats a message only when it is given arguments: without any, '' is
		// shown as it is written
		for (String name : new String[] { "messages.properties", "messages_zh.properties" }) {
			bundle(name).forEach((key, text) -> {
				if (!((String) text).matches("(?s).*\\{\\d+[^}]*}.*")) {
					assertThat((String) text).as("%s in %s", key, name).doesNotContain("''");
				}
			});
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
