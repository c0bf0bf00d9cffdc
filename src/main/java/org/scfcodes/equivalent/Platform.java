package org.scfcodes.equivalent;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * Another serverless platform, and how it reports an error to its caller.
 */
@Schema(description = "Another serverless platform and how it reports an error (the project's summary of the cited page)")
public record Platform(@Schema(example = "aws-lambda") String id, @Schema(example = "AWS Lambda") String name,
		Text reports, @Schema(description = "The page the summary rests on: a key of the answer's sources",
				example = "lambda-invoke") String source) {
}
