package org.scfcodes.http;

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
import org.scfcodes.handler.PackageException;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type has its title and detail in both languages: the types the code
 * names, the kinds of a code package that cannot be checked, and the framework's refusals
 * named by their status.
 */
class ProblemMessagesTests {

	/** A type (and a detail's variant) as the code names it where it makes a problem. */
	private static final Pattern TYPE_IN_CODE = Pattern.compile(
			"Problem\\s*\\.\\s*(of|variant|detail|variantDetail)\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*\"([a-z0-9-]+)\"(?:,\\s*\"([a-z0-9-]+)\")?");

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	/** The statuses the framework and the container refuse requests with. */
	private static final Set<HttpStatus> FRAMEWORK = Set.of(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN,
			HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_ACCEPTABLE, HttpStatus.URI_TOO_LONG,
			HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, HttpStatus.INTERNAL_SERVER_ERROR,
			HttpStatus.SERVICE_UNAVAILABLE);

	private final Properties english = bundle("messages.properties");

	private final Properties chinese = bundle("messages_zh.properties");

	@Test
	void everyProblemTypeHasATitleAndADetailInBothLanguages() throws IOException {
		Set<String> types = new TreeSet<>();
		Set<String> variants = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = TYPE_IN_CODE.matcher(Files.readString(file));
				while (matcher.find()) {
					types.add(matcher.group(2));
					// only a variant's third argument names its detail; of(…)'s are
					// arguments
					if (matcher.group(1).startsWith("variant") && matcher.group(3) != null) {
						variants.add(matcher.group(2) + ".detail." + matcher.group(3));
					}
				}
			}
		}
		assertThat(types).contains("unknown-code", "unknown-api-error", "unknown-error", "empty-text", "too-large",
				"busy", "cross-origin-refused", "unknown-parameter", "stopping");
		for (PackageException.Kind kind : PackageException.Kind.values()) {
			types.add(kind.id());
		}
		FRAMEWORK.forEach((status) -> types.add(Problems.kind(status.value())));
		types.add("client-error");
		types.add("server-error");
		for (String type : types) {
			for (Properties bundle : new Properties[] { this.english, this.chinese }) {
				assertThat(bundle.getProperty("problem." + type + ".title")).as(type).isNotBlank();
				assertThat(bundle.getProperty("problem." + type + ".detail")).as(type).isNotBlank();
			}
			assertThat(this.chinese.getProperty("problem." + type + ".title")).as(type).containsPattern(CJK);
			assertThat(this.chinese.getProperty("problem." + type + ".detail")).as(type).containsPattern(CJK);
		}
		for (String variant : variants) {
			assertThat(this.english.getProperty("problem." + variant)).as(variant).isNotBlank();
			assertThat(this.chinese.getProperty("problem." + variant)).as(variant).containsPattern(CJK);
		}
	}

	@Test
	void everyTitleKeyIsInBothBundlesWithItsDetail() {
		for (Properties bundle : new Properties[] { this.english, this.chinese }) {
			Properties other = (bundle == this.english) ? this.chinese : this.english;
			for (String key : bundle.stringPropertyNames()) {
				if (key.startsWith("problem.") && key.endsWith(".title")) {
					assertThat(other.getProperty(key)).as(key).isNotBlank();
					String type = key.substring(0, key.length() - ".title".length());
					assertThat(bundle.getProperty(type + ".detail")).as(key).isNotBlank();
					assertThat(other.getProperty(type + ".detail")).as(key).isNotBlank();
				}
			}
		}
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = ProblemMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
