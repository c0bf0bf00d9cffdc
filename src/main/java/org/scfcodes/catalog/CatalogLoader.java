package org.scfcodes.catalog;

import java.util.ArrayList;
import java.util.List;

import org.scfcodes.catalog.CatalogDocument.CodeDocument;
import org.scfcodes.data.DataFile;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * Reads a catalog file strictly: any unknown field, duplicate, missing translation or
 * dangling reference stops the load with the file and the entry named.
 */
public final class CatalogLoader {

	/** The catalog file, embedded as {@code catalog/status-codes.yaml}. */
	public static final DataFile<CodeCatalog> FILE = new DataFile<>("catalog", "classpath:catalog/status-codes.yaml",
			"codes", CatalogLoader::load);

	private CatalogLoader() {
	}

	/** Loads and checks the catalog in the given resource. */
	public static CodeCatalog load(Resource resource) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		CatalogDocument document = StrictYaml.read(file, CatalogDocument.class);
		CatalogReferences references = new CatalogReferences(new Fields(file.name()), document);
		List<StatusCode> codes = new ArrayList<>();
		for (int i = 0; i < document.codes().size(); i++) {
			JsonNode node = document.codes().get(i);
			String entry = StrictYaml.entryName(StrictYaml.value(node, "status"), "codes", i);
			codes.add(references.code(entry, StrictYaml.convert(file, entry, node, CodeDocument.class)));
		}
		return new CodeCatalog(file.version(document.version()), codes);
	}

}
