package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A link in an official text: its words and where it points.
 */
@Schema(description = "A link in an official text")
public record Link(@Schema(example = "execution timeout period") String text,
		@Schema(example = "https://intl.cloud.tencent.com/document/product/583/19805") String url) {
}
