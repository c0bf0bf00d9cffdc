package org.scfcodes.text;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One text in English and in Chinese.
 */
@Schema(description = "A text in English (en) and Chinese (zh)")
public record Text(String en, String zh) {

	public String in(Language language) {
		return (language == Language.ZH) ? this.zh : this.en;
	}

}
