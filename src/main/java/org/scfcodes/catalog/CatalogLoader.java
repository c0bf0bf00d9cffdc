package org.scfcodes.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;

/**
 * Reads a catalog file strictly: any unknown field, duplicate, missing translation or dangling reference stops
 * the load with the file and the entry named.
 */
public final class CatalogLoader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private CatalogLoader() {
	}

	/** Loads and checks the catalog in the given resource. */
	public static CodeCatalog load(Resource resource) {
		String file = describe(resource);
		byte[] bytes = read(resource, file);
		CatalogDocument document;
		try {
			document = YAML.readValue(bytes, CatalogDocument.class);
		}
		catch (JacksonException ex) {
			throw new CatalogException(file + ": " + explain(ex), ex);
		}
		if (document == null) {
			throw new CatalogException(file + ": the file is empty");
		}
		CatalogCheck check = new CatalogCheck(file, document);
		List<StatusCode> codes = new ArrayList<>();
		List<JsonNode> nodes = check.require(document.codes(), "codes");
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			String entry = entryName(node, i);
			CodeDocument code;
			try {
				code = YAML.treeToValue(node, CodeDocument.class);
			}
			catch (JacksonException ex) {
				throw new CatalogException(file + ": entry " + entry + ": " + explain(ex), ex);
			}
			codes.add(check.entry(entry, code));
		}
		check.noDuplicates(codes);
		return new CodeCatalog(check.version() + "+" + shortHash(bytes), codes);
	}

	private static String entryName(JsonNode node, int index) {
		JsonNode status = node.get("status");
		String position = "codes[" + index + "]";
		return (status != null && status.isValueNode()) ? status.asString() + " (" + position + ")" : position;
	}

	private static String explain(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "'" + at(ex);
		}
		return ex.getOriginalMessage() + at(ex);
	}

	private static String at(JacksonException ex) {
		String path = ex.getPathReference();
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ")" : (path != null ? " (" + path + ")" : "");
	}

	private static String describe(Resource resource) {
		String name = resource.getFilename();
		return (name != null) ? name : resource.getDescription();
	}

	private static byte[] read(Resource resource, String file) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new CatalogException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static String shortHash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
