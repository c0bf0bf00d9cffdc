package org.scfcodes.apierror;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CatalogLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an audit of the API error catalog against its sources found wrong or stale, each
 * held to the sources: relations that the SDK texts do not support are the project's
 * reading and say so, remedies say what the pages say in both languages, and the actions
 * and quotas are the current sources'.
 */
class ApiErrorCorrectionsTests {

	private final ApiErrorCatalog catalog = ApiErrorLoader.load(new ClassPathResource("catalog/api-errors.yaml"),
			CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")));

	@Test
	void anUnsupportedVersionIsRelatedToAVersionNotFoundOnlyByTopic() {
		ApiError.StatusRelation relation = relation("InvalidParameterValue.Qualifier", 442);
		assertThat(relation.relation().en()).startsWith("Related only by topic")
			.contains("in the project's reading", "ResourceNotFound.Qualifier")
			.doesNotContain("Both report a version or alias that does not exist");
		assertThat(relation.relation().zh()).contains("仅主题相关", "本项目的解读");
		assertThat(error("InvalidParameterValue.Qualifier").actions()).doesNotContain("Invoke", "InvokeFunction");
		assertThat(error("ResourceNotFound.Qualifier").actions()).contains("InvokeFunction");
	}

	@Test
	void aWrongRunningParameterIsNotSaidToBeAnEventThatIsNotJson() {
		ApiError.StatusRelation relation = relation("InvalidParameterValue.ClientContext", 400);
		assertThat(relation.relation().en()).doesNotContain("Both report an event that is not valid JSON", "Invoke or")
			.contains("The link is the project's reading", "InvalidParameterValue.Param");
		assertThat(relation.relation().zh()).contains("本项目的解读");
		assertThat(error("InvalidParameterValue.ClientContext").actions()).containsExactly("InvokeFunction");
		assertThat(error("InvalidParameterValue.Param").actions()).containsExactly("Invoke", "InvokeFunction");
	}

	@Test
	void aHandlerErrorIsRelatedTo437OnlyByTheProjectsReasoning() {
		assertThat(relation("InvalidParameterValue.Handler", 437).relation().en())
			.startsWith("Related by topic, in the project's reasoning (no source links them)")
			.contains("UpdateFunctionConfiguration");
		assertThat(relation("InvalidParameterValue.Handler", 437).relation().zh()).contains("本项目的推理");
	}

	@Test
	void aFailedCamCheckLeadsWithThePolicyGrantAndSaysTheSameInBothLanguages() {
		ApiError.Remedy remedy = error("UnauthorizedOperation.CAM").remedies().get(0);
		assertThat(remedy.text().en()).startsWith("CAM authentication failed: the caller lacks the permission")
			.doesNotStartWith("CAM authentication failed: the caller lacks permission. If you use a sub-account");
		for (String text : List.of(remedy.text().en(), remedy.text().zh())) {
			assertThat(text.indexOf("QcloudCamReadOnlyAccess")).as(text).isLessThan(text.indexOf("SCF_QcsRole"));
			assertThat(text).contains("2023-03-14");
		}
		assertThat(remedy.text().en())
			.contains("check on the CAM Roles page that the service role `SCF_QcsRole` exists");
		assertThat(remedy.text().zh()).contains("确认是否具有服务角色 `SCF_QcsRole`");
		assertThat(remedy.cites()).extracting(ApiError.Citation::source).contains("roles-policies", "subuser-auth");
		assertThat(this.catalog.sources().get("subuser-auth").about().en()).contains("6466df79a6")
			.doesNotContain("f4620019");
	}

	@Test
	void theCommonErrorsPageIsReadInBothLanguagesFromItsSources() {
		assertThat(this.catalog.sources().get("common-errors").about().en())
			.contains("常见错误码解决方法_intl_zh.md", "2021-07-13")
			.doesNotContain("not in the stored index");
	}

	@Test
	void everyCodeListsTheActionsOfTheCurrentSdkClient() throws IOException {
		JsonNode sdk = JsonMapper.builder()
			.build()
			.readTree(new ClassPathResource("official/sdk-go-actions.c943d1eb.json").getInputStream());
		assertThat(sdk.path("commit").asString()).startsWith("c943d1eb");
		Map<String, List<String>> expected = new TreeMap<>();
		sdk.path("actions").properties().forEach((entry) -> {
			List<String> actions = new ArrayList<>();
			entry.getValue().forEach((action) -> actions.add(action.asString()));
			expected.put(entry.getKey(), actions);
		});
		assertThat(expected).hasSize(353);
		for (ApiError error : this.catalog.all()) {
			assertThat(error.actions()).as(error.code())
				.containsExactlyElementsOf(expected.getOrDefault(error.code(), List.of()));
		}
		assertThat(error("ResourceUnavailable.ServiceSuspended").actions()).containsExactly("InvokeFunction");
		assertThat(error("UnauthorizedOperation.CAM").actions()).contains("DeleteFunctionVersion", "UpdateTrigger");
	}

	@Test
	void aGarbledSdkTextSaysSoInsteadOfPickingAReading() {
		ApiError error = error("InvalidParameter.GooseFsRequired");
		assertThat(error.description().zh()).isEqualTo("GooseFsRequired 未必项。");
		assertThat(error.description().en()).contains("the project's reading", "garbled",
				"no source gives the intended wording");
		assertThat(error.translated()).containsEntry("en", "missing");
	}

	@Test
	void concurrencyQuotasAreThoseOfTheCurrentQuotaPages() {
		for (String code : List.of("LimitExceeded.TotalConcurrencyMemory",
				"LimitExceeded.UserTotalConcurrencyMemory")) {
			ApiError.Remedy remedy = error(code).remedies().get(0);
			assertThat(remedy.text().en()).as(code)
				.contains(
						"64,000 MB in Singapore, Tokyo, Silicon Valley, Frankfurt, Shenzhen Finance and Shanghai Finance",
						"purchase a function package")
				.doesNotContain("Mumbai", "Toronto", "To raise the quota, submit a ticket");
			assertThat(remedy.text().zh()).as(code).doesNotContain("孟买", "多伦多").contains("64000MB（新加坡");
			assertThat(remedy.cites()).extracting(ApiError.Citation::source)
				.contains("quota-limits-intl-2025-10-16", "quota-limits-mainland-2025-03-24");
		}
		assertThat(this.catalog.sources().get("quota-limits-intl-2025-10-16").date()).isEqualTo("2025-10-16");
		assertThat(this.catalog.sources().get("quota-limits-mainland-2025-03-24").date()).isEqualTo("2025-03-24");
		assertThat(error("InvalidParameter.RequestTooLarge").remedies().get(0).cites())
			.anyMatch((cite) -> cite.source().equals("quota-limits-mainland-2025-03-24")
					&& cite.quote().get("zh").contains("通过函数 URL"));
	}

	private ApiError.StatusRelation relation(String code, int status) {
		return error(code).statuses()
			.stream()
			.filter((relation) -> relation.status() == status)
			.findFirst()
			.orElseThrow();
	}

	private ApiError error(String code) {
		return this.catalog.find(code).orElseThrow();
	}

}
