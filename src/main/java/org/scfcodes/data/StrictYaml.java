package org.scfcodes.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;

/**
 * Reads the service's YAML data files strictly (kebab-case fields, no unknown fields, no
 * duplicate keys) and reports problems with the file named.
 */
public final class StrictYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		// An empty list item or map value ("-" alone, "key: null") is a mistake, never a
		// value the code expects
		.changeDefaultNullHandling((nulls) -> nulls.withContentNulls(Nulls.FAIL))
		.build();

	private StrictYaml() {
	}

	/** A data file's name and bytes, as read once. */
	public record FileContent(String name, byte[] bytes) {

		public static FileContent of(Resource resource) {
			String name = (resource.getFilename() != null) ? resource.getFilename() : resource.getDescription();
			try (InputStream in = resource.getInputStream()) {
				return new FileContent(name, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new DataFileException(name + ": cannot be read: " + ex.getMessage(), ex);
			}
		}

		/**
		 * The version a file serves: the version it declares and a short hash of its
		 * bytes, so that any edit gives a new version (and new ETags) even when the
		 * declared one stays.
		 */
		public String version(String declared) {
			return declared + "+" + hash();
		}

		/**
		 * The version of a file whose content also takes what it resolves from another
		 * file (the names of the statuses it refers to): the version it declares and a
		 * short hash of its bytes and of what it resolved.
		 */
		public String version(String declared, String resolved) {
			return declared + "+"
					+ new FileContent(this.name, concat(this.bytes, resolved.getBytes(StandardCharsets.UTF_8))).hash();
		}

		private static byte[] concat(byte[] a, byte[] b) {
			byte[] both = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, both, a.length, b.length);
			return both;
		}

		/** A short hash of the bytes, the version of a file that declares none. */
		public String hash() {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.bytes), 0, 4);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The whole file as the given type, its declared field rules checked. */
	public static <T> T read(FileContent file, Class<T> type) {
		return new Fields(file.name()).valid(readOnly(file, type), "");
	}

	private static <T> T readOnly(FileContent file, Class<T> type) {
		T value;
		try {
			value = YAML.readValue(file.bytes(), type);
		}
		catch (JacksonException ex) {
			throw new DataFileException(file.name() + ": " + explain(ex), ex);
		}
		if (value == null) {
			throw new DataFileException(file.name() + ": the file is empty");
		}
		return value;
	}

	/**
	 * One entry of a file, read from its tree, its declared field rules checked, with the
	 * entry named in any error.
	 */
	public static <T> T convert(FileContent file, String entry, JsonNode node, Class<T> type) {
		T value;
		try {
			value = YAML.treeToValue(node, type);
		}
		catch (JacksonException ex) {
			throw new DataFileException(file.name() + ": entry " + entry + ": " + explain(ex), ex);
		}
		if (value == null) {
			throw new DataFileException(file.name() + ": entry " + entry + ": the entry is empty");
		}
		return new Fields(file.name()).valid(value, "entry " + entry + ": ");
	}

	/**
	 * How failures name an entry of a list: by what identifies it, where that can be
	 * read, and its position, such as {@code 433 (codes[13])}.
	 */
	public static String entryName(@Nullable String identity, String list, int index) {
		String position = list + "[" + index + "]";
		return (identity != null) ? identity + " (" + position + ")" : position;
	}

	/**
	 * A plain value of an entry not yet read, to name it by; {@code null} when it has
	 * none.
	 */
	public static @Nullable String value(JsonNode entry, String key) {
		JsonNode value = entry.get(key);
		return (value != null && value.isValueNode()) ? value.asString() : null;
	}

	/**
	 * A Java name as the files write it: {@code reloadInterval} as
	 * {@code reload-interval}.
	 */
	static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static String explain(JacksonException ex) {
		String what = (ex instanceof UnrecognizedPropertyException unknown)
				? "unknown field '" + unknown.getPropertyName() + "'" : ex.getOriginalMessage();
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class) {
			what = "'" + field(ex) + "' must be a date such as 2022-07-27";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
			what = "'" + field(ex) + "' names an unknown value '" + invalid.getValue() + "'";
		}
		if (ex instanceof ValueInstantiationException invalid
				&& invalid.getCause() instanceof IllegalArgumentException) {
			// a value object that refuses its value (a status out of range) says why; the
			// field is named as written
			what = "'" + field(ex) + "' " + invalid.getCause().getMessage();
		}
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			return what + " (line " + ex.getLocation().getLineNr() + ")";
		}
		return (ex.getPathReference() != null) ? what + " (" + ex.getPathReference() + ")" : what;
	}

	private static String field(JacksonException ex) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
		}
		return field.toString();
	}

}
