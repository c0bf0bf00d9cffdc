package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.List;

import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import org.scfcodes.data.DataFile;
import org.scfcodes.data.StrictYaml;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * Reads a catalog file strictly: any unknown field, duplicate, missing translation or dangling reference stops
 * the load with the file and the entry named.
 */
public final class CatalogLoader {

	/** The catalog file, embedded as {@code catalog/status-codes.yaml}. */
	public static final DataFile<CodeCatalog> FILE = new DataFile<>("catalog", "classpath:catalog/status-codes.yaml",
			"codes", CatalogLoader::load);

	private CatalogLoader() {
	}

	/** Loads and checks the catalog in the given resource. */
	public static CodeCatalog load(Resource resource) {
		StrictYaml.Source source = StrictYaml.Source.of(resource);
		CatalogDocument document = StrictYaml.read(source, CatalogDocument.class);
		CatalogCheck check = new CatalogCheck(source.file(), document);
		List<StatusCode> codes = new ArrayList<>();
		List<JsonNode> nodes = check.require(document.codes(), "codes");
		for (int i = 0; i < nodes.size(); i++) {
			String entry = entryName(nodes.get(i), i);
			codes.add(check.entry(entry, StrictYaml.convert(source, entry, nodes.get(i), CodeDocument.class)));
		}
		check.noDuplicates(codes);
		return new CodeCatalog(source.version(check.version()), codes);
	}

	private static String entryName(JsonNode node, int index) {
		JsonNode status = node.get("status");
		String position = "codes[" + index + "]";
		return (status != null && status.isValueNode()) ? status.asString() + " (" + position + ")" : position;
	}


}
