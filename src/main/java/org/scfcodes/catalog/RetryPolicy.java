package org.scfcodes.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * What the platform's asynchronous retry policy does with a status code.
 */
@Schema(description = "What the platform's async retry policy does with this code")
public record RetryPolicy(@Schema(example = "execution") String category, Basis basis, Text summary,
		Reference source) {

	/** How the code's category is known. */
	public enum Basis {

		/** The retry page names this code. */
		DOCUMENTED("documented"),
		/** The category follows from the retry page's description of the error kind, not from the code. */
		INFERRED("inferred"),
		/** The retry page does not classify this code. */
		NOT_DOCUMENTED("not-documented");

		private final String id;

		Basis(String id) {
			this.id = id;
		}

		@JsonValue
		public String id() {
			return this.id;
		}

		static Basis fromId(String id) {
			for (Basis basis : values()) {
				if (basis.id.equals(id)) {
					return basis;
				}
			}
			return null;
		}

	}

}
