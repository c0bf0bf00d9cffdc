package org.scfcodes.handler;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A runtime SCF accepts, with the handler form it expects.
 */
@Schema(description = "A runtime and the handler form it expects")
public record Runtime(@Schema(example = "Python3.9") String id,
		@Schema(description = "Older identifiers also accepted") List<String> aliases,
		@Schema(example = "python") String language,
		@Schema(description = "file-function, binary, java-method or free",
				example = "file-function") String handlerForm,
		@Schema(description = "Suffix of the entry file", example = ".py") String entrySuffix,
		@Schema(example = "index.main_handler") String exampleHandler,
		@Schema(description = "Whether the docs say it is being retired") boolean deprecated,
		@Schema(description = "Whether the identifier is inferred rather than documented in the API") boolean inferred,
		Text notes) {

	public Runtime {
		aliases = List.copyOf(aliases);
	}

	Form form() {
		return Form.of(this.handlerForm);
	}

	/** The shapes a handler takes, by the ids the runtimes file gives them. */
	enum Form {

		/** {@code file.function}: Python, Node.js, PHP. */
		FILE_FUNCTION,
		/** One name, the compiled binary: Go. */
		BINARY,
		/** {@code package.Class::method}: Java. */
		JAVA_METHOD,
		/** Whatever the custom runtime makes of it. */
		FREE;

		@JsonValue
		String id() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Form of(String id) {
			return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

}
