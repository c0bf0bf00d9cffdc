package org.scfcodes.decode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.scfcodes.apierror.ApiErrorCatalog;
import org.scfcodes.apierror.ApiErrorLoader;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.data.ReloadableFile;
import org.scfcodes.text.Labels;
import org.scfcodes.text.Language;
import org.scfcodes.text.TestMessages;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of the error-text decoder: any text is decoded, a status field is found
 * wherever it is planted, and the cost stays linear in the text's size.
 */
@Tag("fuzz")
class ErrorTextDecoderFuzzTests {

	private static final ReloadableFile<ApiErrorCatalog> API_ERRORS = ApiErrorLoader
		.file(CatalogLoader.FILE.at(new ClassPathResource("catalog/status-codes.yaml")))
		.at(new ClassPathResource("catalog/api-errors.yaml"));

	private static final ErrorTextDecoder DECODER = new ErrorTextDecoder(
			CatalogLoader.FILE.at(new ClassPathResource("catalog/status-codes.yaml")), API_ERRORS,
			TestMessages.bundles());

	/** How each SDK prints an API error, and the raw API envelope; %s is the code. */
	private static final List<String> API_ERROR_FORMS = List.of(
			"[TencentCloudSDKError] Code=%s, Message=m, RequestId=r",
			"[TencentCloudSDKException] code:%s message:m requestId:r",
			"{\"Response\":{\"Error\":{\"Code\":\"%s\",\"Message\":\"m\"},\"RequestId\":\"r\"}}");

	/**
	 * How users paste an API error without a code field: the old Java SDK's message, a
	 * code alone on its line under "Error", a code after a label; %s is the code.
	 */
	private static final List<String> BARE_FORMS = List.of(
			"[TencentCloudSDKException]message:%s-m [[request id:6ecbe97c-fadb-4798-8afa-4e56b9e0f3da]", "Error\n%s\nm",
			"Service error: %s:请求失败", "腾讯云报错： %s`");

	/** The status names, which a bare code shares only in an API answer's context. */
	private static final Set<String> STATUS_NAMES = Set
		.copyOf(CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"))
			.all()
			.stream()
			.map((code) -> code.name())
			.toList());

	private static final Labels LABELS = new Labels(TestMessages.bundles(), Language.EN);

	/** What may come before "statusCode" in a key, all of it quoted as evidence. */
	private static final List<String> KEY_PREFIXES = List.of("", "\"", "SCF_", "\"SCF_", "scf_", "x");

	/** What the decoder skips between a key and its value, up to 8 of them. */
	private static final String SEPARATORS = " \t\"':=";

	/** Characters that end the text before a key: none is part of a key. */
	private static final String BEFORE_KEY = "\n ,{([";

	/** Characters that end a value: none is a digit. */
	private static final String AFTER_VALUE = "\n ,}\")";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/**
	 * Any text is decoded: every code found has evidence, each evidence quotes the text
	 * where its line and column say, and the text answer renders.
	 */
	@FuzzTest(maxDuration = "30s")
	void anyTextIsDecodedWithEvidenceWhereItStands(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		DecodeAnswer answer = DECODER.decode(text);
		List<Integer> lineStarts = lineStarts(text);
		for (DecodedCode code : answer.codes()) {
			assertThat(code.evidence()).as("evidence of %d", code.status()).isNotEmpty();
			assertStandsWhereItSays(code.evidence(), text, lineStarts);
		}
		for (DecodedApiError error : answer.apiErrors()) {
			assertThat(error.evidence()).as("evidence of %s", error.code()).isNotEmpty();
			assertStandsWhereItSays(error.evidence(), text, lineStarts);
		}
		assertThat(answer.toPlainText(LABELS)).isNotEmpty();
	}

	/**
	 * A status field ({@code "statusCode":433}, {@code SCF_StatusCode: 434}, in any case,
	 * with any separators the decoder skips) planted in any text is found, and the first
	 * evidence of its code is that field, quoted whole at its line and column. The text
	 * around it names no status field, and the text before it carries no evidence of the
	 * same code, so nothing else can come first.
	 */
	@FuzzTest(maxDuration = "30s")
	void aStatusFieldPlantedInAnyTextIsFoundWhereItStands(FuzzedDataProvider data) {
		int status = data.consumeInt(100, 599);
		StringBuilder field = new StringBuilder(data.pickValue(KEY_PREFIXES));
		for (char c : "statuscode".toCharArray()) {
			field.append(data.consumeBoolean() ? Character.toUpperCase(c) : c);
		}
		int separators = data.consumeInt(0, 8);
		for (int i = 0; i < separators; i++) {
			field.append(SEPARATORS.charAt(data.consumeInt(0, SEPARATORS.length() - 1)));
		}
		field.append(status);
		String before = data.consumeString(1000) + BEFORE_KEY.charAt(data.consumeInt(0, BEFORE_KEY.length() - 1));
		String after = AFTER_VALUE.charAt(data.consumeInt(0, AFTER_VALUE.length() - 1))
				+ data.consumeRemainingAsString();
		String text = before + field + after;
		if (statusKeys(text) != 1
				|| DECODER.decode(before).codes().stream().anyMatch((code) -> code.status() == status)) {
			return;
		}
		int line = lineStarts(before).size();
		int column = before.length() - before.lastIndexOf('\n');
		DecodedCode found = DECODER.decode(text)
			.codes()
			.stream()
			.filter((code) -> code.status() == status)
			.findFirst()
			.orElseThrow(() -> new AssertionError(status + " not found in " + text));
		assertThat(found.evidence().get(0)).isEqualTo(new Evidence("status-field", field.toString(), line, column));
	}

	/**
	 * An API error as an SDK prints it, in the raw API envelope, or bare as users paste
	 * it, planted on a line of its own in any text, is found with the catalog's spelling
	 * of its code.
	 */
	@FuzzTest(maxDuration = "30s")
	void anApiErrorPlantedInAnyTextIsFound(FuzzedDataProvider data) {
		List<String> codes = API_ERRORS.current().all().stream().map((error) -> error.code()).toList();
		String code = codes.get(data.consumeInt(0, codes.size() - 1));
		boolean bare = data.consumeBoolean();
		if (bare && STATUS_NAMES.contains(code)) {
			return; // InvalidParameterValue alone is the API error only in an API
					// answer's context
		}
		String form = String.format(data.pickValue(bare ? BARE_FORMS : API_ERROR_FORMS), code);
		String text = data.consumeString(1000).replace('\n', ' ') + "\n" + form + "\n"
				+ data.consumeRemainingAsString();
		assertThat(DECODER.decode(text).apiErrors()).as(text).extracting(DecodedApiError::code).contains(code);
	}

	private static void assertStandsWhereItSays(List<Evidence> evidence, String text, List<Integer> lineStarts) {
		for (Evidence each : evidence) {
			int offset = lineStarts.get(each.line() - 1) + each.column() - 1;
			assertThat(text.startsWith(each.text(), offset)).as("%s in %s", each, text).isTrue();
		}
	}

	/**
	 * Decoding is linear in the text's size: a text of about 2,000 characters repeated 16
	 * times takes at most 4 times 16 as much of this thread's processor time, plus 10 ms,
	 * where a quadratic scan would take 256 times as much. Each is the best of three
	 * runs, after a first run of each, so that neither other processes nor the compiler
	 * can reach the bound.
	 */
	@FuzzTest(maxDuration = "30s")
	void decodingCostsTimeLinearInTheTextsSize(FuzzedDataProvider data) {
		String piece = data.consumeRemainingAsString();
		if (piece.isEmpty()) {
			return;
		}
		String small = piece.repeat(Math.max(1, 2_000 / piece.length()));
		String large = small.repeat(16);
		DECODER.decode(small);
		DECODER.decode(large);
		long smallTime = bestOfThree(small);
		long largeTime = bestOfThree(large);
		assertThat(largeTime)
			.as("%d characters: %d ns, %d characters: %d ns", small.length(), smallTime, large.length(), largeTime)
			.isLessThan(4 * 16 * smallTime + 10_000_000L);
	}

	private static long bestOfThree(String text) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = THREADS.getCurrentThreadCpuTime();
			DECODER.decode(text);
			best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
		}
		return best;
	}

	/**
	 * How many times "statuscode" appears, ignoring case char by char as the decoder
	 * does.
	 */
	private static int statusKeys(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		String lower = new String(chars);
		int count = 0;
		for (int at = lower.indexOf("statuscode"); at >= 0; at = lower.indexOf("statuscode",
				at + "statuscode".length())) {
			count++;
		}
		return count;
	}

	private static List<Integer> lineStarts(String text) {
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts;
	}

}
