package org.scfcodes.equivalent;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * Another platform's asynchronous retry policy for the errors that match some SCF
 * statuses, quoted: set beside SCF's own policy for those statuses, which the status
 * catalog quotes.
 */
@Schema(description = "The other platform's asynchronous retry policy for these statuses, quoted; SCF's own is in the status's retry")
public record RetryComparison(@Schema(example = "aws-lambda") String platform, List<Integer> statuses,
		@Schema(description = "The platform's words, by language (en, zh)") Map<String, String> quote,
		@Schema(description = "Which of the platform's errors the quote is about, where it is not plain") Text about,
		@Schema(description = "A key of the answer's sources", example = "lambda-async-retry") String source) {
}
