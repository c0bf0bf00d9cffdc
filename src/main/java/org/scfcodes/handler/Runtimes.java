package org.scfcodes.handler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.scfcodes.data.DataFileException;
import org.scfcodes.data.StrictYaml;
import org.scfcodes.handler.RuntimesDocument.LanguageDocument;
import org.scfcodes.handler.RuntimesDocument.RuntimeDocument;

import org.springframework.core.io.Resource;

/**
 * The runtimes SCF accepts, found by identifier or alias ignoring case.
 */
public final class Runtimes {

	private static final Set<String> FORMS = Set.of("file-function", "binary", "java-method", "free");

	private final String version;

	private final List<Runtime> all;

	private final Map<String, Runtime> byName;

	private Runtimes(String version, List<Runtime> all) {
		this.version = version;
		this.all = List.copyOf(all);
		Map<String, Runtime> names = new HashMap<>();
		for (Runtime runtime : all) {
			for (String name : concat(runtime.id(), runtime.aliases())) {
				Runtime previous = names.put(name.toLowerCase(Locale.ROOT), runtime);
				if (previous != null && previous != runtime) {
					throw new DataFileException("runtimes: the name " + name + " is given twice");
				}
			}
		}
		this.byName = Map.copyOf(names);
	}

	static Runtimes load(Resource resource) {
		StrictYaml.Source source = StrictYaml.Source.of(resource);
		RuntimesDocument document = StrictYaml.read(source, RuntimesDocument.class);
		if (document.languages() == null || document.runtimes() == null) {
			throw new DataFileException(source.file() + ": 'languages' and 'runtimes' are required");
		}
		List<Runtime> runtimes = new ArrayList<>();
		for (RuntimeDocument runtime : document.runtimes()) {
			LanguageDocument language = (runtime.language() != null) ? document.languages().get(runtime.language())
					: null;
			if (runtime.id() == null || language == null || !FORMS.contains(language.form())) {
				throw new DataFileException(source.file() + ": entry " + runtime.id()
						+ ": needs an id and a language defined under 'languages' with a known form " + FORMS);
			}
			if (runtime.notes() != null && (isBlank(runtime.notes().en()) || isBlank(runtime.notes().zh()))) {
				throw new DataFileException(source.file() + ": entry " + runtime.id() + ": notes need en and zh");
			}
			runtimes.add(new Runtime(runtime.id(), (runtime.aliases() != null) ? runtime.aliases() : List.of(),
					runtime.language(), language.form(), language.suffix(), language.example(),
					Boolean.TRUE.equals(runtime.deprecated()), Boolean.TRUE.equals(runtime.inferred()), runtime.notes()));
		}
		return new Runtimes(Integer.toHexString(Arrays.hashCode(source.bytes())), runtimes);
	}

	/** Changes whenever the runtimes file does. */
	public String version() {
		return this.version;
	}

	public List<Runtime> all() {
		return this.all;
	}

	/** The runtime with this identifier or alias, ignoring case and surrounding spaces, or {@code null}. */
	public Runtime find(String name) {
		return (name != null) ? this.byName.get(name.strip().toLowerCase(Locale.ROOT)) : null;
	}

	/** Every identifier accepted, for error messages. */
	public List<String> identifiers() {
		return this.all.stream().map(Runtime::id).toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

}
