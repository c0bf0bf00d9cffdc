package org.scfcodes.text;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An official page quoted, as one dated revision of it.
 */
@Schema(description = "An official page quoted, as one revision: its title, address and date, and how it was read "
		+ "where it was only partly readable, undated or copied")
public record Source(@Schema(example = "intl-2022-07-27") String id, Text title,
		@Schema(example = "https://intl.cloud.tencent.com/document/product/583/35311") String url,
		@Schema(description = "The revision's date; absent when the revision is undated",
				example = "2022-07-27") String date,
		@Schema(description = "Whether this is a revision of the status-code page itself, whose rows make a code's guidance") boolean statusPage,
		@Schema(description = "The project's words on how the revision was read, where it was only partly readable, "
				+ "undated or copied") Text about) {
}
