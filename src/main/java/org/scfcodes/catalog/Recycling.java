package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * Whether a status code makes the platform recycle the instance that served the request.
 */
@Schema(description = "Whether the code triggers instance recycling, and what the sources say about it")
public record Recycling(boolean triggers, Text explanation, Reference source) {
}
