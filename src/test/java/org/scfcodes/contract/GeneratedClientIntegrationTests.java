package org.scfcodes.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scfcodes.RunningServiceTest;
import org.scfcodes.contract.client.api.ApiErrorsApi;
import org.scfcodes.contract.client.api.CodesApi;
import org.scfcodes.contract.client.api.EquivalentsApi;
import org.scfcodes.contract.client.api.HandlerApi;
import org.scfcodes.contract.client.invoker.ApiClient;
import org.scfcodes.contract.client.invoker.ApiException;
import org.scfcodes.contract.client.invoker.ApiResponse;
import org.scfcodes.contract.client.model.ApiErrorAnswer;
import org.scfcodes.contract.client.model.ApiErrorList;
import org.scfcodes.contract.client.model.ApiErrorRef;
import org.scfcodes.contract.client.model.CodeAnswer;
import org.scfcodes.contract.client.model.CodeList;
import org.scfcodes.contract.client.model.DecodeAnswer;
import org.scfcodes.contract.client.model.DecodeRequest;
import org.scfcodes.contract.client.model.DecodedCode;
import org.scfcodes.contract.client.model.Equivalent;
import org.scfcodes.contract.client.model.EquivalentList;
import org.scfcodes.contract.client.model.Finding;
import org.scfcodes.contract.client.model.Found;
import org.scfcodes.contract.client.model.GrafanaValueMap;
import org.scfcodes.contract.client.model.GrafanaValueMappingResult;
import org.scfcodes.contract.client.model.GrafanaValueMappingRow;
import org.scfcodes.contract.client.model.Problem;
import org.scfcodes.contract.client.model.Runtime;
import org.scfcodes.contract.client.model.RuntimeList;
import org.scfcodes.contract.client.model.CodeSummary;
import org.scfcodes.contract.client.model.StatusRefusal;
import org.scfcodes.contract.client.model.ValidateHandlerRequest;
import org.scfcodes.contract.client.model.ValidationReport;
import org.scfcodes.contract.client.model.ValidationRequest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A client generated from the committed {@code openapi.yaml} uses every operation of the
 * running service: each GET, HEAD, POST and OPTIONS is called through the generated API
 * classes with the parameters the contract declares (representation, language,
 * revalidation, request id), and every answer, problems included, is read into the
 * generated model types with unknown fields refused. An operation, parameter or field
 * that the contract loses, or a field the service sends that the contract does not
 * declare, breaks this test's compilation or its run.
 * <p>
 * Two things a generated Java client cannot do from any contract go through its own
 * extension points: reading a text/plain answer (its methods read JSON) and sending a
 * request body in the second media type an operation takes (its methods send the first).
 */
@RunningServiceTest
class GeneratedClientIntegrationTests {

	private static final String LOG = "ERROR RequestId:825d476e-0000 Result:{\"errorCode\":-1,"
			+ "\"errorMessage\":\"Invoking task timed out after 5 seconds\",\"statusCode\":433}";

	/**
	 * Answers are read as a strict client would: a field the contract does not declare
	 * fails the reading.
	 */
	private static final ObjectMapper STRICT = ApiClient.createDefaultObjectMapper()
		.rebuild()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final String REQUEST_ID = "4f0c2b8e-contract";

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	/** The text/plain bodies of this test's answers, newest last. */
	private final TextAnswers texts = new TextAnswers();

	// getCode

	@Test
	void getCodeAnswersTheStatus() throws ApiException {
		ApiResponse<CodeAnswer> response = codes().getCodeWithHttpInfo("433", null, null, null, null, null, REQUEST_ID);
		assertThat(response.getHeaders().get("X-Request-Id")).containsExactly(REQUEST_ID);
		assertThat(response.getHeaders()).containsKeys("ETag", "Cache-Control", "Vary");
		CodeAnswer answer = response.getData();
		assertThat(answer.getStatus()).isEqualTo(433);
		assertThat(answer.getName()).isEqualTo("TimeLimitReached");
		assertThat(answer.getKind()).isEqualTo("status");
		assertThat(answer.getActors()).contains(CodeAnswer.ActorsEnum.FUNCTION_CODE);
		assertThat(answer.getRetryInBrief().getZh()).isNotBlank();
		assertThat(answer.getMeaning()).as("the project's explanation is a detail").isNull();
		assertThat(answer.getLinks().getAll()).isEqualTo("/codes/433?include=all");
		assertThat(answer.getGuidance().getEn().getDescription().getText()).isNotEmpty();
		assertThat(answer.getSources()).containsKey(answer.getGuidance().getEn().getDescription().getSource());
		assertThat(answer.getCatalogVersion()).isNotBlank();
		assertThat(answer.getEquivalents()).isNull();
	}

	@Test
	void getCodeIncludesTheEquivalents() throws ApiException {
		CodeAnswer answer = codes().getCode("437", "equivalents", null, null, null, null, null);
		assertThat(answer.getEquivalents().getEquivalentsVersion()).isNotBlank();
		assertThat(answer.getEquivalents().getEquivalents()).extracting(Equivalent::getPlatform).contains("aws-lambda");
		assertThat(answer.getEquivalents().getSources()).isNotEmpty();
	}

	@Test
	void getCodeAnswersTextInChineseByParameterOrHeader() throws ApiException {
		ApiResponse<CodeAnswer> answer = codes().getCodeWithHttpInfo("433", "all", "text", "zh", null, null, null);
		assertThat(answer.getHeaders().get("Content-Type")).singleElement().asString().startsWith("text/plain");
		String byParameter = this.texts.last();
		assertThat(byParameter).startsWith("433 TimeLimitReached\n").contains("函数未能在配置的执行超时时间内执行完成").contains("解决方法");
		codes().getCode("433", "all", "text", null, "zh-CN,zh;q=0.9", null, null);
		assertThat(this.texts.last()).isEqualTo(byParameter);
	}

	@Test
	void getCodeRevalidates() throws ApiException {
		assertRevalidated(
				(ifNoneMatch) -> codes().getCodeWithHttpInfo("433", null, null, null, null, ifNoneMatch, null));
	}

	@Test
	void getCodeOfAnUnknownStatusIsAProblemWithTheNearest() {
		Problem problem = problem(failure(() -> codes().getCode("431", null, null, null, null, null, null)), 404);
		assertThat(problem.getType()).isEqualTo("urn:scf-codes:problem:unknown-code");
		assertThat(problem.getDetail()).contains("431");
		assertThat(problem.getNearest()).extracting((nearest) -> nearest.getCodeRef().getStatus()).contains(430, 432);
	}

	// findCodes

	@Test
	void findCodesByNameFindsStatusesAndApiErrors() throws ApiException {
		CodeList found = codes().findCodes("InvalidParameterValue", null, null, null, null, null, null, null);
		assertThat(found.getCodes()).extracting(CodeSummary::getStatus).containsExactlyInAnyOrder(400, 436);
		assertThat(found.getCount()).isEqualTo(2);
		assertThat(found.getQuery()).isEqualTo("InvalidParameterValue");
		assertThat(found.getApiErrors()).extracting(ApiErrorRef::getCode).contains("InvalidParameterValue");
		assertThat(found.getApiErrors().get(0).getLink()).isEqualTo("/api-errors/InvalidParameterValue");
		assertThat(found.getApiErrorsVersion()).isNotBlank();
	}

	@Test
	void findCodesByWordsAndAll() throws ApiException {
		assertThat(codes().findCodes(null, "memory", null, null, null, null, null, null).getCodes())
			.extracting(CodeSummary::getName)
			.contains("MemoryLimitReached");
		CodeList all = codes().findCodes(null, null, null, null, null, null, null, null);
		assertThat(all.getCodes()).hasSize(all.getCount()).extracting(CodeSummary::getStatus).contains(200, 433, 500);
		codes().findCodes(null, "内存", null, "text", "zh", null, null, null);
		assertThat(this.texts.last()).contains("MemoryLimitReached");
	}

	@Test
	void findCodesAnswersSeveralStatusesEachOrRefused() throws ApiException {
		CodeList found = codes().findCodes(null, null, List.of("434", "431"), null, null, null, null, null);
		assertThat(found.getCodes()).extracting(CodeSummary::getStatus).containsExactly(434);
		assertThat(found.getRefused()).extracting(StatusRefusal::getStatus).containsExactly("431");
		assertThat(found.getRefused().get(0).getReason()).isEqualTo(StatusRefusal.ReasonEnum.UNKNOWN_CODE);
	}

	@Test
	void findCodesRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> codes().findCodesWithHttpInfo("InvalidParameterValue", null, null, null,
				null, null, ifNoneMatch, null));
	}

	@Test
	void findCodesWithBothNameAndWordsIsAProblem() {
		ApiException failure = failure(
				() -> codes().findCodes("TimeLimitReached", "timeout", null, null, null, null, null, null));
		assertThat(problem(failure, 400).getDetail()).isNotBlank();
	}

	// decodeError

	@Test
	void decodeErrorReadsJson() throws ApiException {
		assertDecodedLog(codes().decodeError(new DecodeRequest().text(LOG), null, null, null, null));
	}

	@Test
	void decodeErrorReadsTextAndAnswersInChinese() throws ApiException {
		// the generated method sends the JSON form only: its body goes as the text/plain
		// form instead
		assertDecodedLog(codes(sending("text/plain", utf8(LOG))).decodeError(new DecodeRequest().text(LOG), null, null,
				null, null));
		codes().decodeError(new DecodeRequest().text(LOG), "text", "zh", null, null);
		assertThat(this.texts.last()).contains("433 TimeLimitReached").contains("825d476e-0000");
	}

	@Test
	void decodeErrorWithoutTextIsAProblemNamingTheField() {
		Problem problem = problem(failure(() -> codes().decodeError(new DecodeRequest(), null, null, null, null)), 400);
		assertThat(problem.getDetail()).contains("text");
	}

	@Test
	void decodeErrorFromAnotherOriginIsRefused() {
		ApiException failure = failure(() -> codes(header("Origin", "https://example.org"))
			.decodeError(new DecodeRequest().text(LOG), null, null, null, null));
		assertThat(problem(failure, 403).getDetail()).contains("GET");
	}

	private static void assertDecodedLog(DecodeAnswer answer) {
		assertThat(answer.getCodes()).singleElement().satisfies((DecodedCode code) -> {
			assertThat(code.getStatus()).isEqualTo(433);
			assertThat(code.getEntry().getName()).isEqualTo("TimeLimitReached");
			assertThat(code.getEvidence()).isNotEmpty();
			assertThat(code.getEvidence().get(0).getLine()).isEqualTo(1);
		});
		assertThat(answer.getFacts().getRequestIds()).contains("825d476e-0000");
		assertThat(answer.getSummary().getEn()).contains("433");
		assertThat(answer.getCatalogVersion()).isNotBlank();
	}

	// getGrafanaValueMappings

	@Test
	void getGrafanaValueMappingsMapsEachStatus() throws ApiException {
		GrafanaValueMap mappings = codes().getGrafanaValueMappings(null, null, null, null).get(0);
		assertThat(mappings.getType()).isEqualTo("value");
		GrafanaValueMappingResult timeout = mappings.getOptions().get("433");
		assertThat(timeout.getText()).isEqualTo("433 TimeLimitReached");
		assertThat(timeout.getColor()).isEqualTo("orange");
		assertThat(timeout.getIndex()).isNotNull();
		assertThat(mappings.getOptions().get("400").getColor()).isEqualTo("blue");
	}

	@Test
	void getGrafanaValueMappingsAnswersInChinese() throws ApiException {
		GrafanaValueMap byParameter = codes().getGrafanaValueMappings("zh", null, null, null).get(0);
		GrafanaValueMap byHeader = codes().getGrafanaValueMappings(null, "zh-CN,zh;q=0.9", null, null).get(0);
		assertThat(byParameter.getOptions().get("433").getText()).startsWith("433 TimeLimitReached：")
			.contains("执行超时时间");
		assertThat(byHeader).isEqualTo(byParameter);
	}

	@Test
	void getGrafanaValueMappingsRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> codes().getGrafanaValueMappingsWithHttpInfo(null, null, ifNoneMatch, null));
	}

	// getGrafanaValueMappingRows

	@Test
	void getGrafanaValueMappingRowsAreTheMappingsInOrder() throws ApiException {
		for (String lang : new String[] { "en", "zh" }) {
			GrafanaValueMap mappings = codes().getGrafanaValueMappings(lang, null, null, null).get(0);
			List<GrafanaValueMappingRow> rows = codes().getGrafanaValueMappingRows(lang, null, null, null);
			assertThat(rows).hasSize(mappings.getOptions().size());
			for (int i = 0; i < rows.size(); i++) {
				GrafanaValueMappingRow row = rows.get(i);
				GrafanaValueMappingResult option = mappings.getOptions().get(row.getValue());
				assertThat(option.getIndex()).isEqualTo(i);
				assertThat(row.getText()).isEqualTo(option.getText());
				assertThat(row.getColor()).isEqualTo(option.getColor());
			}
		}
	}

	@Test
	void getGrafanaValueMappingRowsRevalidates() throws ApiException {
		assertRevalidated(
				(ifNoneMatch) -> codes().getGrafanaValueMappingRowsWithHttpInfo("zh", null, ifNoneMatch, null));
	}

	// getApiError

	@Test
	void getApiErrorAnswersTheCodeInItsSpelling() throws ApiException {
		ApiErrorAnswer answer = apiErrors().getApiError("resourcenotfound.function", null, null, null, null, null);
		assertThat(answer.getCode()).isEqualTo("ResourceNotFound.Function");
		assertThat(answer.getKind()).isEqualTo("api-error");
		assertThat(answer.getErrorClass()).isEqualTo("ResourceNotFound");
		assertThat(answer.getDescription().getZh()).isEqualTo("函数不存在。");
		assertThat(answer.getStatuses().get(0).getStatus()).isEqualTo(435);
		assertThat(answer.getApiErrorsVersion()).isNotBlank();
		apiErrors().getApiError("ResourceNotFound.Function", "text", "zh", null, null, null);
		assertThat(this.texts.last()).startsWith("ResourceNotFound.Function").contains("函数不存在");
	}

	@Test
	void getApiErrorRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> apiErrors().getApiErrorWithHttpInfo("LimitExceeded.Memory", null, null, null,
				ifNoneMatch, null));
	}

	@Test
	void getApiErrorOfAnUnknownCodeIsAProblem() {
		ApiException failure = failure(
				() -> apiErrors().getApiError("ResourceNotFound.Functoin", null, null, null, null, null));
		assertThat(problem(failure, 404).getType()).isEqualTo("urn:scf-codes:problem:unknown-api-error");
	}

	// findApiErrors

	@Test
	void findApiErrorsByClassAndWords() throws ApiException {
		ApiErrorList limits = apiErrors().findApiErrors("LimitExceeded", null, null, null, null, null, null);
		assertThat(limits.getErrors()).hasSize(limits.getCount())
			.isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getErrorClass()).isEqualTo("LimitExceeded"));
		assertThat(apiErrors().findApiErrors(null, "内存", null, null, null, null, null).getErrors())
			.extracting(ApiErrorRef::getCode)
			.contains("LimitExceeded.Memory");
		ApiErrorList all = apiErrors().findApiErrors(null, null, null, null, null, null, null);
		assertThat(all.getErrors()).hasSize(all.getCount()).hasSizeGreaterThan(limits.getCount());
	}

	@Test
	void findApiErrorsRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> apiErrors().findApiErrorsWithHttpInfo("LimitExceeded", null, null, null,
				null, ifNoneMatch, null));
	}

	// findEquivalents

	@Test
	void findEquivalentsFindsTheScfStatusOfAnotherPlatformsError() throws ApiException {
		EquivalentList answer = equivalents().findEquivalents("aws-lambda", "Runtime.HandlerNotFound", null, null, null,
				null, null);
		assertThat(answer.getCount()).isEqualTo(1);
		Found found = answer.getFound().get(0);
		assertThat(found.getStatus()).isEqualTo(437);
		assertThat(found.getMatch()).isEqualTo(Found.MatchEnum.EXACT);
		assertThat(found.getIdentifier().getValue()).isEqualTo("Runtime.HandlerNotFound");
		assertThat(found.getLink()).isEqualTo("/codes/437?include=equivalents");
		assertThat(answer.getSources()).containsKey(found.getIdentifier().getSource());
		assertThat(answer.getEquivalentsVersion()).isNotBlank();
	}

	@Test
	void findEquivalentsRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> equivalents().findEquivalentsWithHttpInfo(null, "FunctionNotFound", null,
				null, null, ifNoneMatch, null));
	}

	@Test
	void findEquivalentsOfAnUnknownPlatformIsAProblemListingTheKnown() {
		ApiException failure = failure(
				() -> equivalents().findEquivalents("heroku", "H12", null, null, null, null, null));
		assertThat(problem(failure, 400).getPlatforms()).contains("aws-lambda", "azure-functions");
	}

	// validateHandler

	@Test
	void validateHandlerReadsJson() throws ApiException {
		ValidationReport report = handler().validateHandler(
				new ValidationRequest().runtime("python3.9").handler("index.py.main_handler"), null, null, null, null);
		assertThat(report.getValid()).isFalse();
		assertThat(report.getRuntime().getId()).isEqualTo("Python3.9");
		Finding finding = report.getFindings().get(0);
		assertThat(finding.getRule()).isEqualTo("handler.file-suffix");
		assertThat(finding.getSeverity()).isEqualTo(Finding.SeverityEnum.ERROR);
		assertThat(finding.getFailure().getCode().getStatus()).isEqualTo(437);
		assertThat(report.getSuggestedHandler()).isEqualTo("index.main_handler");
		assertThat(report.getPackageChecked()).isNull();
		handler().validateHandler(new ValidationRequest().runtime("python3.9").handler("index.py.main_handler"), "text",
				"zh", null, null);
		assertThat(this.texts.last()).contains("index.main_handler");
	}

	@Test
	void validateHandlerReadsAMultipartUpload() throws ApiException, IOException {
		byte[] zip = zip("src/index.py", "def main_handler(event, context):\n    return 'ok'\n");
		Path file = Files.write(this.files.resolve("code.zip"), zip);
		ValidateHandlerRequest form = new ValidateHandlerRequest().runtime("Python3.9")
			.handler("index.main_handler")
			._package(file.toFile());
		// the generated method sends the JSON form only: its body goes as the multipart
		// form instead
		ValidationReport report = handler(sending(form)).validateHandler(
				new ValidationRequest().runtime(form.getRuntime()).handler(form.getHandler()), null, null, null, null);
		assertThat(report.getPackageChecked().getFilename()).isEqualTo("code.zip");
		assertThat(report.getPackageChecked().getBytes()).isEqualTo(zip.length);
		assertThat(report.getFindings()).extracting(Finding::getRule).contains("package.entry-in-folder");
	}

	@Test
	void validateHandlerForAnUnknownRuntimeIsAProblem() {
		ApiException failure = failure(() -> handler()
			.validateHandler(new ValidationRequest().runtime("Ruby2.7").handler("x.y"), null, null, null, null));
		assertThat(problem(failure, 400).getDetail()).contains("Ruby2.7");
	}

	// listRuntimes

	@Test
	void listRuntimesListsTheHandlerForms() throws ApiException {
		RuntimeList list = handler().listRuntimes(null, null, null, null, null);
		assertThat(list.getRuntimes()).filteredOn((runtime) -> runtime.getId().equals("Python3.9"))
			.singleElement()
			.satisfies((Runtime python) -> {
				assertThat(python.getEntrySuffix()).isEqualTo(".py");
				assertThat(python.getHandlerForm()).isEqualTo("file-function");
				assertThat(python.getExampleHandler()).isNotBlank();
			});
		assertThat(list.getRuntimes()).filteredOn((runtime) -> runtime.getId().equals("Go1"))
			.extracting(Runtime::getHandlerForm)
			.containsExactly("binary");
		assertThat(list.getRuntimes()).filteredOn((runtime) -> runtime.getId().equals("Java11"))
			.extracting(Runtime::getInferred)
			.containsExactly(true);
	}

	@Test
	void listRuntimesRevalidates() throws ApiException {
		assertRevalidated((ifNoneMatch) -> handler().listRuntimesWithHttpInfo(null, null, null, ifNoneMatch, null));
	}

	// HEAD beside every GET

	@Test
	void everyHeadAnswersTheHeadersOfItsGetWithoutABody() throws ApiException {
		List<ApiResponse<Void>> heads = List.of(
				codes().getCodeHeadWithHttpInfo("433", null, "text", "zh", null, null, REQUEST_ID),
				codes().findCodesHeadWithHttpInfo("InvalidParameterValue", null, null, null, null, null, null,
						REQUEST_ID),
				codes().getGrafanaValueMappingsHeadWithHttpInfo(null, null, null, REQUEST_ID),
				codes().getGrafanaValueMappingRowsHeadWithHttpInfo("zh", null, null, REQUEST_ID),
				apiErrors().getApiErrorHeadWithHttpInfo("LimitExceeded.Memory", null, null, null, null, REQUEST_ID),
				apiErrors().findApiErrorsHeadWithHttpInfo("LimitExceeded", null, null, null, null, null, REQUEST_ID),
				equivalents().findEquivalentsHeadWithHttpInfo("aws-lambda", null, null, null, null, null, REQUEST_ID),
				handler().listRuntimesHeadWithHttpInfo(null, null, null, null, REQUEST_ID));
		for (ApiResponse<Void> head : heads) {
			assertThat(head.getStatusCode()).isEqualTo(200);
			assertThat(head.getHeaders()).containsKeys("ETag", "Cache-Control");
			assertThat(head.getHeaders().get("X-Request-Id")).containsExactly(REQUEST_ID);
			assertThat(head.getData()).isNull();
		}
		ApiResponse<Void> text = heads.get(0);
		assertThat(text.getHeaders().get("Content-Type")).singleElement().asString().startsWith("text/plain");
		assertThat(this.texts.last).isNull();
	}

	@Test
	void headOfAnUnknownCodeIsANotFound() {
		assertThat(failure(() -> codes().getCodeHead("431", null, null, null, null, null, null)).getCode())
			.isEqualTo(404);
	}

	// OPTIONS of every path

	@Test
	void everyPathAnswersOptionsWithItsMethods() throws ApiException {
		assertAllows(codes().codesStatusOptionsWithHttpInfo("433", null, null, null), "GET", "HEAD");
		assertAllows(codes().codesOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
		assertAllows(codes().codesGrafanaValueMappingsOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
		assertAllows(codes().codesGrafanaValueMappingsRowsOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
		assertAllows(codes().codesDecodeOptionsWithHttpInfo(null, null, null), "POST");
		assertAllows(apiErrors().apiErrorsCodeOptionsWithHttpInfo("LimitExceeded.Memory", null, null, null), "GET",
				"HEAD");
		assertAllows(apiErrors().apiErrorsOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
		assertAllows(equivalents().equivalentsOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
		assertAllows(handler().handlerValidateOptionsWithHttpInfo(null, null, null), "POST");
		assertAllows(handler().runtimesOptionsWithHttpInfo(null, null, null), "GET", "HEAD");
	}

	@Test
	void preflightsPassForReadingAndAreRefusedForPosting() throws ApiException {
		ApiResponse<Void> read = codes().codesStatusOptionsWithHttpInfo("433", "https://example.org", "GET", null);
		assertThat(read.getStatusCode()).isEqualTo(200);
		assertThat(read.getHeaders().get("Access-Control-Allow-Origin")).isNotEmpty();
		assertThat(read.getHeaders().get("Access-Control-Allow-Methods")).singleElement().asString().contains("GET");
		ApiException post = failure(() -> handler().handlerValidateOptions("https://example.org", "POST", REQUEST_ID));
		assertThat(problem(post, 403).getRequestId()).isEqualTo(REQUEST_ID);
	}

	private static void assertAllows(ApiResponse<Void> options, String... methods) {
		assertThat(options.getStatusCode()).isEqualTo(200);
		assertThat(options.getHeaders().get("Allow")).singleElement().asString().contains(methods);
	}

	// the generated client

	private CodesApi codes() {
		return codes((request) -> {
		});
	}

	private CodesApi codes(Consumer<HttpRequest.Builder> requests) {
		return new CodesApi(client(requests));
	}

	private ApiErrorsApi apiErrors() {
		return new ApiErrorsApi(client((request) -> {
		}));
	}

	private EquivalentsApi equivalents() {
		return new EquivalentsApi(client((request) -> {
		}));
	}

	private HandlerApi handler() {
		return handler((request) -> {
		});
	}

	private HandlerApi handler(Consumer<HttpRequest.Builder> requests) {
		return new HandlerApi(client(requests));
	}

	/**
	 * The generated client on the service's port, with what {@code requests} does to each
	 * request before it goes.
	 */
	private ApiClient client(Consumer<HttpRequest.Builder> requests) {
		ApiClient client = new ApiClient(ApiClient.createDefaultHttpClientBuilder(), STRICT,
				"http://localhost:" + this.port);
		client.setRequestInterceptor(requests);
		client.setResponseInterceptor(this.texts);
		return client;
	}

	private static Consumer<HttpRequest.Builder> header(String name, String value) {
		return (request) -> request.setHeader(name, value);
	}

	/**
	 * Takes the text/plain bodies of the answers, which the generated methods would
	 * otherwise try to read as JSON: they then see an empty body and return no data.
	 */
	private static final class TextAnswers implements Consumer<HttpResponse<InputStream>> {

		private String last;

		@Override
		public void accept(HttpResponse<InputStream> response) {
			if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")
					&& response.body() != null) {
				try {
					// read to its end, not closed: the generated method reads it after
					byte[] body = response.body().readAllBytes();
					if (body.length > 0) {
						this.last = new String(body, StandardCharsets.UTF_8);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

		/**
		 * The text answer received since the last call, which it takes: each answer is
		 * read once.
		 */
		String last() {
			String text = this.last;
			this.last = null;
			assertThat(text).as("a text/plain answer").isNotNull();
			return text;
		}

	}

	// request bodies: the generated method of an operation sends its first media type
	// only

	/** The body sent in place of the one the generated method writes. */
	private static Consumer<HttpRequest.Builder> sending(String contentType, byte[] body) {
		return (request) -> request.setHeader("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
	}

	/**
	 * The multipart form of handler validation, its fields named as the generated form
	 * model names them.
	 */
	private static Consumer<HttpRequest.Builder> sending(ValidateHandlerRequest form) {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, ValidateHandlerRequest.JSON_PROPERTY_RUNTIME, null, utf8(form.getRuntime()));
		part(body, boundary, ValidateHandlerRequest.JSON_PROPERTY_HANDLER, null, utf8(form.getHandler()));
		try {
			part(body, boundary, ValidateHandlerRequest.JSON_PROPERTY_PACKAGE, form.getPackage().getName(),
					Files.readAllBytes(form.getPackage().toPath()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		body.writeBytes(utf8("--" + boundary + "--\r\n"));
		return sending("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String filename,
			byte[] content) {
		StringBuilder head = new StringBuilder("--").append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"")
			.append(name)
			.append('"');
		if (filename != null) {
			head.append("; filename=\"").append(filename).append("\"\r\nContent-Type: application/zip");
		}
		head.append("\r\n\r\n");
		body.writeBytes(utf8(head.toString()));
		body.writeBytes(content);
		body.writeBytes(utf8("\r\n"));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(String name, String content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(utf8(content));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	// revalidation with the declared If-None-Match

	/** One call of an operation, with the If-None-Match given (or none). */
	@FunctionalInterface
	private interface Call {

		ApiResponse<?> call(String ifNoneMatch) throws ApiException;

	}

	/**
	 * The answer carries an ETag, and the same request with it in If-None-Match, or with
	 * {@code *}, is a 304 without a body; an ETag of another version is answered in full.
	 */
	private static void assertRevalidated(Call call) throws ApiException {
		ApiResponse<?> first = call.call(null);
		assertThat(first.getStatusCode()).isEqualTo(200);
		assertThat(first.getHeaders()).containsKey("ETag");
		String eTag = first.getHeaders().get("ETag").get(0);
		for (String current : new String[] { eTag, "*" }) {
			// the generated client takes every status outside 2xx for a failure
			ApiException notModified = failure(() -> call.call(current));
			assertThat(notModified.getCode()).as(current).isEqualTo(304);
			assertThat(notModified.getResponseBody()).as(current).isNullOrEmpty();
		}
		assertThat(call.call("\"another-version\"").getStatusCode()).isEqualTo(200);
	}

	// problems: what the generated client gives of an answer outside 2xx

	/** A call that is to fail. */
	@FunctionalInterface
	private interface Failing {

		void call() throws ApiException;

	}

	private static ApiException failure(Failing call) {
		ApiException failure = catchThrowableOfType(ApiException.class, call::call);
		assertThat(failure).as("an ApiException").isNotNull();
		return failure;
	}

	/**
	 * The failure's answer read strictly as the contract's Problem, with the status given
	 * and every member it has.
	 */
	private static Problem problem(ApiException failure, int status) {
		assertThat(failure.getCode()).isEqualTo(status);
		assertThat(failure.getResponseHeaders().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/problem+json"));
		Problem problem = STRICT.readValue(failure.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(status);
		assertThat(problem.getType()).startsWith("urn:scf-codes:problem:");
		assertThat(problem.getTitle()).isNotBlank();
		assertThat(problem.getDetail()).isNotBlank();
		assertThat(problem.getInstance()).isNotBlank();
		assertThat(problem.getRequestId()).isNotBlank();
		return problem;
	}

}
