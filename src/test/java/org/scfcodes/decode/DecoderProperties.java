package org.scfcodes.decode;

import java.time.Duration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.scfcodes.apierror.ActiveApiErrors;
import org.scfcodes.apierror.ApiErrorProperties;
import org.scfcodes.catalog.ActiveCatalog;
import org.scfcodes.catalog.CatalogProperties;
import org.scfcodes.text.TestMessages;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the error-text decoder over generated texts.
 */
class DecoderProperties {

	private final ErrorTextDecoder decoder = new ErrorTextDecoder(
			new ActiveCatalog(new CatalogProperties(new ClassPathResource("catalog/status-codes.yaml"), Duration.ZERO)),
			new ActiveApiErrors(new ApiErrorProperties(new ClassPathResource("catalog/api-errors.yaml"), Duration.ZERO)),
			TestMessages.bundles());

	@Property(tries = 500)
	void noTextMakesTheDecoderThrow(@ForAll @StringLength(max = 2000) String text) {
		DecodeAnswer answer = this.decoder.decode(text);
		assertThat(answer.codes()).allSatisfy((code) -> assertThat(code.evidence()).isNotEmpty());
	}

	@Property(tries = 200)
	void aStatusFieldIsAlwaysFound(@ForAll @IntRange(min = 100, max = 599) int status,
			@ForAll("noise") String before, @ForAll("noise") String after) {
		DecodeAnswer answer = this.decoder.decode(before + " {\"statusCode\":" + status + "} " + after);
		assertThat(answer.codes()).extracting(DecodedCode::status).contains(status);
	}

	/**
	 * Linear in the input's size: a text four times longer, made of the pieces that drive the scan, takes well under
	 * the sixteen times a quadratic scan would (best of three runs each, to stay clear of machine noise).
	 */
	@Property(tries = 5)
	void decodingIsLinearInTheInputsSize(@ForAll("adversarial") String piece) {
		String small = piece.repeat(2_000);
		String large = piece.repeat(8_000);
		this.decoder.decode(large);
		long smallTime = bestOfThree(small);
		long largeTime = bestOfThree(large);
		assertThat(largeTime).as("small %d ns, large %d ns", smallTime, largeTime)
			.isLessThan(10 * smallTime + 20_000_000L);
	}

	private long bestOfThree(String text) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			this.decoder.decode(text);
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}

	@Provide
	Arbitrary<String> noise() {
		return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200)
			.filter((text) -> !text.toLowerCase().contains("statuscode"));
	}

	@Provide
	Arbitrary<String> adversarial() {
		return Arbitraries.of("\"statusCode\":", "statuscode", "requestId:", "\"errorMessage\":\"\\", "Duration: 1",
				"timed out after 9", "TimeLimitReache", "{[\"", "user code exception caugh", "exports.");
	}

}
