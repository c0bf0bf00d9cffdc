package org.scfcodes.decode;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scfcodes.apierror.ApiErrorLoader;
import org.scfcodes.catalog.CatalogLoader;
import org.scfcodes.text.TestMessages;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Decoding the error texts SCF users really paste, and texts made to break a parser.
 */
class ErrorTextDecoderTests {

	private final ErrorTextDecoder decoder = new ErrorTextDecoder(
			CatalogLoader.FILE.at(new ClassPathResource("catalog/status-codes.yaml")),
			ApiErrorLoader.file(CatalogLoader.FILE.at(new ClassPathResource("catalog/status-codes.yaml")))
				.at(new ClassPathResource("catalog/api-errors.yaml")),
			TestMessages.bundles());

	@Test
	void consoleResultOfATimeout() {
		DecodeAnswer answer = this.decoder.decode(
				"{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 3 seconds\",\"requestId\":\"7a2ae0d9-5d3e-4a1c-9f1f-0123456789ab\",\"statusCode\":433}");
		assertThat(answer.codes()).singleElement().satisfies((code) -> {
			assertThat(code.status()).isEqualTo(433);
			assertThat(code.entry().name()).isEqualTo("TimeLimitReached");
			assertThat(code.evidence()).extracting(Evidence::kind).containsExactly("message", "status-field");
			assertThat(code.evidence()).extracting(Evidence::text)
				.containsExactly("Invoking task timed out after", "\"statusCode\":433");
		});
		assertThat(answer.facts().requestIds()).containsExactly("7a2ae0d9-5d3e-4a1c-9f1f-0123456789ab");
		assertThat(answer.facts().errorMessages()).containsExactly("Invoking task timed out after 3 seconds");
		assertThat(answer.facts().durations()).containsExactly(new Measurement("timed out after", "3", "s"));
	}

	@Test
	void logLineWithItsPosition() {
		String text = "START RequestId:09c346d3-8417-49c5-8569-aaaaaaaaaaaa\n"
				+ "ERROR RequestId:825d476e-8417-49c5-8569-aaaaaaaaaaaa Result:{\"errorCode\":-1,\"errorMessage\":\"Invoking task timed out after 5 seconds\",\"statusCode\":433}\n"
				+ "Report RequestId:825d476e-8417-49c5-8569-aaaaaaaaaaaa Duration:5001ms Memory:128MB MemUsage:29.734375MB";
		DecodeAnswer answer = this.decoder.decode(text);
		Evidence field = answer.codes()
			.get(0)
			.evidence()
			.stream()
			.filter((e) -> e.kind().equals("status-field"))
			.findFirst()
			.orElseThrow();
		assertThat(field.line()).isEqualTo(2);
		assertThat(text.split("\n")[1].substring(field.column() - 1)).startsWith("\"statusCode\":433");
		assertThat(answer.facts().requestIds()).hasSize(2);
		assertThat(answer.facts().durations()).contains(new Measurement("Duration", "5001", "ms"));
	}

	@Test
	void userCodeExceptionWithAStackTrace() {
		DecodeAnswer answer = this.decoder.decode("{\"errorCode\":-1,\"errorMessage\":\"user code exception caught\","
				+ "\"requestId\":\"a325b967-ef5b-4aa3-a329-c6bb0df72948\",\"stackTrace\":\"Traceback (most recent call last):\\n  File \\\"/var/user/index.py\\\", line 4, in main_handler\\n    raise Exception(\\\"err msg\\\")\\nException: err msg\",\"statusCode\":430}");
		assertThat(answer.codes()).extracting(DecodedCode::status).containsExactly(430);
	}

	@Test
	void processExitMessagesWithoutStatusAreRecognised() {
		assertThat(
				this.decoder.decode("{\"errorCode\":-1,\"errorMessage\":\"User process exit when running\"}").codes())
			.extracting(DecodedCode::status)
			.containsExactly(439);
		assertThat(this.decoder.decode("Process exited before completing request").codes())
			.extracting(DecodedCode::status)
			.containsExactly(439);
		assertThat(
				this.decoder.decode("{\"errorCode\":-1,\"errorMessage\":\"Task timed out after 3 seconds\"}").codes())
			.extracting(DecodedCode::status)
			.containsExactly(433);
	}

	@Test
	void clsFieldsAndNamesAreRecognised() {
		DecodeAnswer answer = this.decoder
			.decode("SCF_StatusCode: 434\tSCF_Duration: 120\tSCF_Message: MemoryLimitReached");
		assertThat(answer.codes()).singleElement().satisfies((code) -> {
			assertThat(code.status()).isEqualTo(434);
			assertThat(code.evidence()).extracting(Evidence::text)
				.containsExactly("SCF_StatusCode: 434", "MemoryLimitReached");
		});
		assertThat(answer.facts().durations()).contains(new Measurement("SCF_Duration", "120", "ms"));
	}

	@Test
	void apiErrorCodesAreNotMistakenForStatusNames() {
		assertThat(
				this.decoder.decode("{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue.Handler\"}}}").codes())
			.isEmpty();
	}

	@Test
	void thePythonSdksPrintedErrorIsDecodedWithItsRequestId() {
		DecodeAnswer answer = this.decoder.decode("Traceback (most recent call last):\n"
				+ "[TencentCloudSDKException] code:ResourceNotFound.Function message:函数不存在。 requestId:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
		assertThat(answer.apiErrors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("ResourceNotFound.Function");
			assertThat(error.entry().statuses()).extracting((status) -> status.status()).containsExactly(435);
			assertThat(error.link()).isEqualTo("/api-errors/ResourceNotFound.Function");
			assertThat(error.evidence()).singleElement().satisfies((evidence) -> {
				assertThat(evidence.kind()).isEqualTo("sdk-exception");
				assertThat(evidence.text()).isEqualTo("code:ResourceNotFound.Function");
				assertThat(evidence.line()).isEqualTo(2);
				assertThat(evidence.column()).isEqualTo(28);
			});
		});
		assertThat(answer.facts().requestIds()).containsExactly("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
		assertThat(answer.codes()).isEmpty();
	}

	@Test
	void theGoSdksPrintedErrorAsTerraformAndTccliShowItIsDecoded() {
		DecodeAnswer answer = this.decoder
			.decode("Error: [TencentCloudSDKError] Code=FailedOperation.FunctionStatusError, "
					+ "Message=函数在部署中,无法做此操作。, RequestId=7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d");
		assertThat(answer.apiErrors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("FailedOperation.FunctionStatusError");
			assertThat(error.evidence().get(0).kind()).isEqualTo("sdk-error");
			assertThat(error.evidence().get(0).text()).isEqualTo("Code=FailedOperation.FunctionStatusError");
		});
		assertThat(answer.facts().requestIds()).containsExactly("7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d");
		DecodeAnswer oldest = this.decoder.decode("[TencentCloudSDKError] Code=InvalidParameterValue.Handler, "
				+ "Message=Handler传入错误。, RequestId=%!d(string=5c4b3a29-1807-f6e5-d4c3-b2a190817263)");
		assertThat(oldest.apiErrors()).extracting(DecodedApiError::code)
			.containsExactly("InvalidParameterValue.Handler");
		assertThat(oldest.facts().requestIds()).containsExactly("5c4b3a29-1807-f6e5-d4c3-b2a190817263");
	}

	@Test
	void theApisRawErrorAnswerIsDecoded() {
		DecodeAnswer answer = this.decoder.decode("{\"Response\": {\"Error\": {\"Code\": \"LimitExceeded.Memory\", "
				+ "\"Message\": \"内存超出最大限制。\"}, \"RequestId\": \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"}}");
		assertThat(answer.apiErrors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("LimitExceeded.Memory");
			assertThat(error.evidence().get(0).kind()).isEqualTo("api-response");
		});
		assertThat(answer.facts().requestIds()).containsExactly("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
		assertThat(answer.summary().en()).isEqualTo("Found 1 API error code(s): LimitExceeded.Memory.");
	}

	@Test
	void aBareApiErrorCodeIsNotTakenForTheStatusOfTheSameName() {
		DecodeAnswer answer = this.decoder
			.decode("[TencentCloudSDKException] code:InvalidParameterValue message:参数取值错误。 requestId:abcd-1234");
		assertThat(answer.apiErrors()).extracting(DecodedApiError::code).containsExactly("InvalidParameterValue");
		assertThat(answer.codes()).isEmpty();
	}

	@Test
	void knownApiErrorCodesAreFoundBareAnywhereAndAcrossALineBreak() {
		DecodeAnswer answer = this.decoder.decode("Error\nFailedOperation.UpdateFunctionConfiguration\n"
				+ "当前函数状态无法进行此操作。\nService error: AuthFailure.SignatureFailure:请求签名验证失败\n"
				+ "then LimitExceeded.\n   Function was printed on two lines");
		assertThat(answer.apiErrors()).extracting(DecodedApiError::code)
			.containsExactly("FailedOperation.UpdateFunctionConfiguration", "AuthFailure.SignatureFailure",
					"LimitExceeded.Function");
		assertThat(answer.apiErrors()).filteredOn((error) -> !error.code().startsWith("AuthFailure"))
			.allSatisfy((error) -> {
				assertThat(error.state()).isEqualTo("known");
				assertThat(error.evidence().get(0).kind()).isEqualTo("bare-code");
			});
		assertThat(answer.apiErrors().get(1).state()).as("a common error code, not SCF's own").isEqualTo("unknown");
		assertThat(answer.codes()).isEmpty();
	}

	@Test
	void theOldJavaSdksMessageFormAndItsRequestIdWithASpaceAreDecoded() {
		DecodeAnswer answer = this.decoder.decode("[TencentCloudSDKException]message:AuthFailure.UnauthorizedOperation"
				+ "-You are not authorized to perform this operation. [[request id:6ecbe97c-fadb-4798-8afa-4e56b9e0f3da]");
		assertThat(answer.apiErrors()).extracting(DecodedApiError::code)
			.containsExactly("AuthFailure.UnauthorizedOperation");
		assertThat(answer.codes()).as("not 441 UnauthorizedOperation: it is part of the code").isEmpty();
		assertThat(answer.facts().requestIds()).containsExactly("6ecbe97c-fadb-4798-8afa-4e56b9e0f3da");
	}

	@Test
	void anUnknownDottedCodeIsReportedWhereACodeIsPrintedButNotInProse() {
		DecodeAnswer answer = this.decoder
			.decode("Error\nUnauthorizedOperation.FunctionStatusX\nFunction status Updating is not allowed.\n"
					+ "see Foo.Bar in the docs, Error.captureStackTrace, java.lang.Object.Method");
		assertThat(answer.apiErrors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo("UnauthorizedOperation.FunctionStatusX");
			assertThat(error.state()).isEqualTo("unknown");
			assertThat(error.entry()).isNull();
			assertThat(error.nearest()).hasSize(3);
		});
		assertThat(
				answer.toPlainText(new org.scfcodes.text.Labels(TestMessages.bundles(), org.scfcodes.text.Language.EN)))
			.contains("Nearest known codes: ");
	}

	@Test
	void anUnknownCodeInACodeFieldIsReportedAsUnknownWithTheNearestKnown() {
		DecodeAnswer answer = this.decoder.decode("{\n  requestId: '39427557-c830-4edc-86ba-f5aad56eedfe',\n"
				+ "  code: 'RequestSizeLimitExceeded'\n}\nCode=ResourceBusy\n{\"code\":\"OPERATION_FAIL\"}\ncode: 'ETIMEDOUT'");
		assertThat(answer.apiErrors()).extracting(DecodedApiError::code)
			.containsExactly("RequestSizeLimitExceeded", "ResourceBusy");
		assertThat(answer.apiErrors()).allSatisfy((error) -> {
			assertThat(error.state()).isEqualTo("unknown");
			assertThat(error.nearest()).isNotEmpty();
		});
	}

	@Test
	void aRetiredCodeIsDecodedWithTheLastSdkReleasesThatListedIt() {
		DecodeAnswer answer = this.decoder
			.decode("[TencentCloudSDKError] Code=InvalidParameterValue.InvalidCertConfig, Message=证书配置错误");
		assertThat(answer.apiErrors()).singleElement().satisfies((error) -> {
			assertThat(error.state()).isEqualTo("retired");
			assertThat(error.retired().lastListed()).extracting((release) -> release.sdk() + " " + release.version())
				.containsExactly("tencentcloud-sdk-python 3.1.99", "tencentcloud-sdk-go v1.3.100");
		});
		assertThat(
				answer.toPlainText(new org.scfcodes.text.Labels(TestMessages.bundles(), org.scfcodes.text.Language.EN)))
			.contains("last listed in tencentcloud-sdk-python 3.1.99, tencentcloud-sdk-go v1.3.100");
	}

	@Test
	void aNameBothKindsShareIsTheApiErrorInAnSdkExceptionAndTheStatusInAnInvocationLog() {
		assertThat(this.decoder.decode("tccli scf Invoke\nService error: InvalidParameterValue\nrequest failed")
			.apiErrors()).extracting(DecodedApiError::code).containsExactly("InvalidParameterValue");
		DecodeAnswer log = this.decoder
			.decode("ERROR RequestId:825d476e Result:{\"errorMessage\":\"InvalidParameterValue\"}");
		assertThat(log.codes()).extracting(DecodedCode::status).containsExactly(400, 436);
		assertThat(log.apiErrors()).isEmpty();
	}

	@Test
	void aStatusNameEndingASentenceIsFound() {
		DecodeAnswer answer = this.decoder.decode(
				"{\"errorCode\":1,\"errorMessage\":\"Function is Unavailable, AvailableStatus = InsufficientBalance.\"}");
		assertThat(answer.codes()).extracting(DecodedCode::status).containsExactly(410);
	}

	@Test
	void statusesAfterOtherKeysCountInATextAboutScfOnly() {
		assertThat(this.decoder.decode("腾讯云函数返回432, 后来\"errno\":403, status: 405").codes())
			.extracting(DecodedCode::status)
			.containsExactly(432, 403, 405);
		assertThat(this.decoder.decode("nginx: status: 404, errno 403, 返回 401, listening on :443").codes())
			.as("HTTP statuses in a text that does not speak of SCF")
			.isEmpty();
		assertThat(this.decoder.decode("访问路径打不开, 返回432").codes()).extracting(DecodedCode::status)
			.as("a status only SCF uses")
			.containsExactly(432);
	}

	@Test
	void requestIdsGluedToTheNextWordAreCutWhereTheWordBegins() {
		DecodeAnswer answer = this.decoder.decode("START RequestId: 2fc8736b-a2a4-45cc-b639-4992fe0a4847Report "
				+ "RequestId: 2fc8736b-a2a4-45cc-b639-4992fe0a4847 Duration: 5msEND RequestId: "
				+ "2fc8736b-a2a4-45cc-b639-4992fe0a4847INFO: x");
		assertThat(answer.facts().requestIds()).containsExactly("2fc8736b-a2a4-45cc-b639-4992fe0a4847");
	}

	@Test
	void severalCodesAreListedInTextOrder() {
		DecodeAnswer answer = this.decoder.decode("{\"statusCode\":432}\n{\"statusCode\":500}\n{\"statusCode\":431}");
		assertThat(answer.codes()).extracting(DecodedCode::status).containsExactly(432, 500, 431);
		assertThat(answer.codes().get(2).entry()).isNull();
		assertThat(answer.summary().en())
			.isEqualTo("Found 3 status code(s): 432 ResourceLimitReached, 500 InternalError, 431.");
	}

	@Test
	void nothingFoundIsAnAnswer() {
		DecodeAnswer answer = this.decoder.decode("all is well");
		assertThat(answer.codes()).isEmpty();
		assertThat(answer.summary().en()).startsWith("No SCF status code");
		assertThat(answer.summary().zh()).contains("没有找到");
	}

	@Test
	void hostileTextsNeverFailAndStayFast() {
		Random random = new Random(42);
		byte[] noise = new byte[256 * 1024];
		random.nextBytes(noise);
		String[] texts = { new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1),
				"\"statusCode\":".repeat(20_000), "{".repeat(200_000), "\"errorMessage\":\"" + "\\".repeat(200_000),
				"requestId:".repeat(20_000), "timed out after ".repeat(15_000) + "9".repeat(1000),
				"\"statusCode\":4334", "İ".repeat(100_000) + "\"statusCode\":433", "" };
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			for (String text : texts) {
				assertThat(this.decoder.decode(text)).isNotNull();
			}
		});
		assertThat(this.decoder.decode("\"statusCode\":4334").codes()).isEmpty();
		assertThat(
				this.decoder.decode("İ".repeat(1000) + "\"statusCode\":433").codes().get(0).evidence().get(0).column())
			.isEqualTo(1001);
	}

}
