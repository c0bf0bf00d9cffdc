package org.scfcodes.handler;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * One thing the validator found about a handler or its package.
 */
@Schema(description = "One finding about the handler or its package")
public record Finding(@Schema(description = "Stable rule id", example = "handler.file-suffix") String rule,
		Severity severity, Text message,
		@Schema(description = "The corrected handler or value, where one can be derived",
				example = "index.main_handler") String suggestion,
		@Schema(description = "What the platform would do, for errors") PlatformFailure failure) {

	/** How serious a finding is: errors make the handler invalid, warnings do not. */
	public enum Severity {

		ERROR, WARNING;

		@JsonValue
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
