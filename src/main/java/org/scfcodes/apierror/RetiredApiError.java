package org.scfcodes.apierror;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.scfcodes.text.Text;

/**
 * An SCF API error code that older SDK releases listed and the current ones do not: its
 * description as they had it, and the last release of each SDK that listed it.
 */
@Schema(description = "An SCF API error code that older SDK releases listed and the current ones do not")
public record RetiredApiError(
		@Schema(description = "The code exactly as the SDKs spelt it",
				example = "InvalidParameterValue.InvalidCertConfig") String code,
		@Schema(description = "The part before the first dot", example = "InvalidParameterValue") String errorClass,
		@Schema(description = "The description the SDKs had; where one language is missing, the project's translation") Text description,
		@Schema(description = "Languages whose description is the project's translation, and why") Map<String, String> translated,
		@Schema(description = "The last release of each SDK that listed the code, and the release that dropped it") List<Release> lastListed) {

	public RetiredApiError {
		translated = Map.copyOf(translated);
		lastListed = List.copyOf(lastListed);
	}

	/** The last release of an SDK that listed a code, and the release that dropped it. */
	@Schema(description = "The last release of an SDK that listed the code")
	public record Release(@Schema(example = "tencentcloud-sdk-python") String sdk,
			@Schema(example = "3.1.99") String version, @Schema(example = "2026-05-19") String date,
			@Schema(description = "The first release without the code", example = "3.1.100") String droppedIn,
			@Schema(description = "The page that shows it: a key of the API errors' sources",
					example = "sdk-python-history") String source) {
	}

}
