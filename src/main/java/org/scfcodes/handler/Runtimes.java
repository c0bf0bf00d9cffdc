package org.scfcodes.handler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.scfcodes.data.Fields;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.handler.RuntimesDocument.LanguageDocument;
import org.scfcodes.handler.RuntimesDocument.RuntimeDocument;
import org.scfcodes.text.Keys;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.Resource;

/**
 * The runtimes SCF accepts, found by identifier or alias ignoring case.
 */
public final class Runtimes {

	private final String version;

	private final List<Runtime> all;

	private final Map<String, Runtime> byName;

	private Runtimes(String version, List<Runtime> all, Fields fields) {
		this.version = version;
		this.all = List.copyOf(all);
		Map<String, Runtime> names = new HashMap<>();
		for (Runtime runtime : all) {
			for (String name : concat(runtime.id(), runtime.aliases())) {
				Runtime previous = names.put(Keys.of(name), runtime);
				if (previous != null && previous != runtime) {
					throw fields.fail("entry " + runtime.id() + ": ", "the name " + name + " is given twice");
				}
			}
		}
		this.byName = Map.copyOf(names);
	}

	static Runtimes load(Resource resource) {
		StrictYaml.FileContent file = StrictYaml.FileContent.of(resource);
		RuntimesDocument document = StrictYaml.read(file, RuntimesDocument.class);
		Fields fields = new Fields(file.name());
		List<Runtime> runtimes = new ArrayList<>();
		for (int i = 0; i < document.runtimes().size(); i++) {
			JsonNode node = document.runtimes().get(i);
			String entry = StrictYaml.entryName(StrictYaml.value(node, "id"), "runtimes", i);
			RuntimeDocument runtime = StrictYaml.convert(file, entry, node, RuntimeDocument.class);
			LanguageDocument language = fields.lookup(document.languages(), runtime.language(), "language",
					"entry " + entry + ": ");
			runtimes.add(new Runtime(runtime.id(), (runtime.aliases() != null) ? runtime.aliases() : List.of(),
					runtime.language(), language.form().id(), language.suffix(), language.example(),
					Boolean.TRUE.equals(runtime.deprecated()), Boolean.TRUE.equals(runtime.inferred()),
					runtime.notes()));
		}
		return new Runtimes(file.hash(), runtimes, fields);
	}

	/** Changes whenever the runtimes file does. */
	public String version() {
		return this.version;
	}

	public List<Runtime> all() {
		return this.all;
	}

	/**
	 * The runtime with this identifier or alias, ignoring case and surrounding spaces, or
	 * {@code null}.
	 */
	public @Nullable Runtime find(@Nullable String name) {
		return (name != null) ? this.byName.get(Keys.of(name)) : null;
	}

	/** Every identifier accepted, for error messages. */
	public List<String> identifiers() {
		return this.all.stream().map(Runtime::id).toList();
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

}
