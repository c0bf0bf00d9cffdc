package org.scfcodes.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * A titled link to a document: a piece of documentation or the source of a fact.
 */
@Schema(description = "A titled link to Tencent Cloud documentation")
public record Reference(String id, Text title, String url) {
}
