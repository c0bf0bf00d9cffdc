package org.scfcodes.equivalent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A page an equivalent is cited from: the platform's own, or third-party evidence served
 * as such.
 */
@Schema(description = "A page cited: the platform's own documentation or code (official), or third-party evidence")
public record Reference(@Schema(example = "lambda-invoke") String id,
		@Schema(example = "Invoke, AWS Lambda API Reference") String title,
		@Schema(example = "https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html") String url,
		@Schema(description = "Whether the platform itself publishes it", allowableValues = {
				"official", "third-party" }) String publisher,
		@Schema(description = "The page's date, where it shows one", example = "2026-04-01") String date,
		@Schema(description = "How the page was read, where it matters (a copy, another language, a part)") Text about){

	/** Whether the platform itself publishes this page. */
	@JsonIgnore
	public boolean official() {
		return "official".equals(this.publisher);
	}

}
