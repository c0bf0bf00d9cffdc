package org.scfcodes.data;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;

/**
 * Reads the service's YAML data files strictly (kebab-case fields, no unknown fields, no duplicate keys) and
 * reports problems with the file named.
 */
public final class StrictYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// An empty list item or map value ("-" alone, "key: null") is a mistake, never a value the code expects
		.changeDefaultNullHandling((nulls) -> nulls.withContentNulls(Nulls.FAIL))
		.build();

	private StrictYaml() {
	}

	/** A file's name and bytes, as read once. */
	public record Source(String file, byte[] bytes) {

		public static Source of(Resource resource) {
			String name = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
			try (InputStream in = resource.getInputStream()) {
				return new Source(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new DataFileException(name + ": cannot be read: " + ex.getMessage(), ex);
			}
		}

		/**
		 * The version a file serves: the version it declares and a short hash of its bytes, so that any edit gives
		 * a new version (and new ETags) even when the declared one stays.
		 */
		public String version(String declared) {
			try {
				return declared + "+"
						+ HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.bytes), 0, 4);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The whole file as the given type. */
	public static <T> T read(Source source, Class<T> type) {
		T value;
		try {
			value = YAML.readValue(source.bytes(), type);
		}
		catch (JacksonException ex) {
			throw new DataFileException(source.file() + ": " + explain(ex), ex);
		}
		if (value == null) {
			throw new DataFileException(source.file() + ": the file is empty");
		}
		return value;
	}

	/** One entry of a file, read from its tree, with the entry named in any error. */
	public static <T> T convert(Source source, String entry, JsonNode node, Class<T> type) {
		try {
			return YAML.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new DataFileException(source.file() + ": entry " + entry + ": " + explain(ex), ex);
		}
	}

	private static String explain(JacksonException ex) {
		String what = (ex instanceof UnrecognizedPropertyException unknown)
				? "unknown field '" + unknown.getPropertyName() + "'" : ex.getOriginalMessage();
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			return what + " (line " + ex.getLocation().getLineNr() + ")";
		}
		return (ex.getPathReference() != null) ? what + " (" + ex.getPathReference() + ")" : what;
	}

}
