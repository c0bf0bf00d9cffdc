package org.scfcodes.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scfcodes.text.Source;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an audit of the catalog against its sources found wrong or stale, each held to the
 * sources: the official guidance leads, the earlier wording stays visible as earlier, and
 * nothing the pages do not say is served.
 */
class CatalogCorrectionsTests {

	private final CodeCatalog catalog = CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml"));

	@Test
	void aSuspendedServicePointsToPaymentOverdueAndItsAutomaticResumption() {
		StatusCode code = code(402);
		assertThat(code.guidance().en().solution().text()).singleElement().asString().contains("Payment Overdue");
		assertThat(code.guidance().en().solution().source()).isEqualTo("intl-2024-12-02");
		assertThat(officialText(code)).contains("the service will be resumed automatically", "服务即自动恢复");
		assertThat(everything(code)).doesNotContain("no specific remedy", "未给出具体的解决方法");
		assertThat(code.notes().en()).anyMatch((note) -> note.contains("2023-09-11"));
	}

	@Test
	void anUnparsedIntegratedResponseIsFixedByReturningItsStructureNotByTurningItOff() {
		StatusCode code = code(403);
		assertThat(code.guidance().zh().solution().text()).singleElement().asString().contains("集成响应返回数据结构");
		assertThat(code.guidance().en().description().translatedFrom()).isEqualTo("zh");
		assertThat(everything(code)).doesNotContain("turn integrated response off", "关闭集成响应");
	}

	@Test
	void overrunAndSystemErrorsNameTheTriggersThatRetrySynchronousCalls() {
		for (int status : new int[] { 432, 500 }) {
			List<RetryText> sync = code(status).retry().sync();
			assertThat(sync).extracting(RetryText::text)
				.anyMatch((text) -> text.contains("CKafka trigger will continue to retry in an exponential backoff"))
				.anyMatch((text) -> text.contains("10,000"))
				.anyMatch((text) -> text.contains("状态码429、432、449"));
			assertThat(sync).extracting(RetryText::text)
				.noneMatch((text) -> text.contains("never retried by the platform"));
		}
	}

	@Test
	void executionErrorsGoToTheDeadLetterQueueAfterTheRetriesOrTheMaximumWaitingTime() {
		assertThat(code(433).retry().policy()).extracting(RetryText::text)
			.anyMatch((text) -> text.contains("or exceed the maximum waiting time"))
			.anyMatch((text) -> text.contains("或超出最长等待时间的事件"));
	}

	@Test
	void largeMemoryIsAppliedForOnTheFunctionMemoryConfigurationPage() {
		assertThat(code(434).guidance().en().solution().text())
			.anyMatch((item) -> item.contains("apply for a large memory on the Function Memory Configuration page"));
	}

	@Test
	void noAdviceIsServedThatTheSourcesDoNotGive() {
		assertThat(everything(code(407))).doesNotContain("store large results elsewhere", "返回其引用");
		assertThat(everything(code(438))).doesNotContain("while it is being deployed", "部署中");
		assertThat(everything(code(499))).doesNotContain("nothing to fix", "无需修复");
	}

	@Test
	void insufficientResourcesLeadWithTheResourceSpecificationAndKeepTheOldMemoryWordingAsEarlier() {
		StatusCode code = code(449);
		assertThat(code.guidance().en().solution().text()).singleElement()
			.asString()
			.contains("used with the provisioned concurrency");
		assertThat(code.guidance().zh().description().text()).containsExactly("地域下没有该函数所选资源规格的可用资源。");
		assertThat(code.official()).filteredOn((text) -> text.source().equals("mainland-seed"))
			.anyMatch((text) -> text.description().contains("3072MB"));
		assertThat(code.quantities()).filteredOn((quantity) -> quantity.value() == 3072)
			.singleElement()
			.extracting(Quantity::source)
			.isEqualTo("mainland-seed");
		assertThat(code.meaning().en() + code.causes().en()).doesNotContain("3072");
	}

	@Test
	void burstAndConcurrencyLimitsAreRaisedWithAFunctionPackageAndBurstErrorsAreRetriedAsOverruns() {
		for (int status : new int[] { 429, 432 }) {
			StatusCode code = code(status);
			assertThat(code.guidance().en().solution().text())
				.anyMatch((item) -> item.contains("purchase a function package"));
			assertThat(code.guidance().zh().solution().text()).anyMatch((item) -> item.contains("函数套餐包"));
			assertThat(code.official())
				.filteredOn((text) -> text.source().equals("mainland-seed") && text.language().equals("zh"))
				.singleElement()
				.satisfies((text) -> assertThat(text.solution()).anyMatch((item) -> item.contains("联系我们")));
		}
		RetryPolicy burst = code(429).retry();
		assertThat(burst.category()).isEqualTo("overrun");
		assertThat(burst.basis()).isEqualTo(RetryPolicy.Basis.DOCUMENTED);
		assertThat(burst.official())
			.anyMatch((text) -> text.source().equals("retry-mainland-2024-07-22") && text.text().contains("状态码为429"));
	}

	@Test
	void insufficientBalanceLeadsWithTheNewestWordingAndKeepsTheEarlierOne() {
		StatusCode code = code(410);
		assertThat(code.guidance().en().description().text()).containsExactly("Insufficient account balance");
		assertThat(code.guidance().en().description().source()).isEqualTo("intl-2024-12-02");
		assertThat(code.official()).anyMatch((text) -> text.source().equals("intl-2022-07-27")
				&& "The account balance is insufficient.".equals(text.description()));
	}

	@Test
	void insufficientResourcesAreOverrunsOnlyInTheTriggerRulesAndTheirAsynchronousPolicyIsNotStated() {
		RetryPolicy resources = code(449).retry();
		assertThat(resources.category()).isEqualTo("overrun");
		assertThat(resources.basis()).isEqualTo(RetryPolicy.Basis.DOCUMENTED);
		RetryText rule = resources.official()
			.stream()
			.filter((text) -> text.language().equals("zh"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.source()).isEqualTo("retry-mainland-2025-06-30");
		assertThat(rule.text()).contains("超限错误(状态码429、432、449)");
		assertThat(rule.about().en()).contains("MQTT");
		assertThat(stated(449)).containsEntry("async", "not-stated")
			.containsEntry("kafka", "documented")
			.containsEntry("mqtt", "documented");
		assertThat(resources.policy()).as("the overrun errors' asynchronous policy is not served as 449's").isEmpty();
		assertThat(code(449).notes().en()).anyMatch((note) -> note.contains("only 500 and 432"))
			.anyMatch((note) -> note.contains("No page read states its asynchronous policy"))
			.noneMatch((note) -> note.contains("asynchronous retries are those of an overrun error"));
		assertThat(code(449).notes().zh()).noneMatch((note) -> note.contains("因此其异步重试按超限错误处理"));
	}

	@Test
	void invocationRequestAndInvokerErrorsAreTheirOwnKindWhoseAsynchronousPolicyTheRevisionsDisagreeOn() {
		for (int status : new int[] { 400, 401, 406, 435, 436, 441, 442 }) {
			RetryPolicy retry = code(status).retry();
			assertThat(retry.category()).as("%d", status).isEqualTo("invocation");
			assertThat(retry.basis()).as("the class is the project's reading").isEqualTo(RetryPolicy.Basis.INFERRED);
			assertThat(stated(status)).containsEntry("sync", "documented")
				.containsEntry("async", "conflicting")
				.containsEntry("kafka", "not-stated")
				.containsEntry("mqtt", "not-stated");
			assertThat(retry.policy()).anySatisfy((text) -> {
				assertThat(text.source()).isEqualTo("retry-intl-2021-07-13");
				assertThat(text.text()).contains("the system will not retry except for overrun errors");
				assertThat(text.about().en()).contains("2022-03-15 removed this row");
			}).anySatisfy((text) -> {
				assertThat(text.source()).isEqualTo("retry-intl-2022-03-15");
				assertThat(text.heading()).startsWith("Execution errors (except system errors and overrun errors");
				assertThat(text.about().en()).contains("The asynchronous policies conflict");
			}).anySatisfy((text) -> assertThat(text.text()).contains("the function does not exist"));
			assertThat(code(status).notes().en()).as("the class is marked as the project's reading")
				.anyMatch((note) -> note.contains("in the project's reading")
						&& note.toLowerCase(Locale.ROOT).contains("no retry page names"));
			assertThat(code(status).sources().get("retry-intl-2021-07-13").date()).isEqualTo("2021-07-13");
		}
		assertThat(code(441).notes().en()).anyMatch((note) -> note.contains("the weakest"));
		assertThat(this.catalog.all()).filteredOn((code) -> code.retry().category().equals("execution"))
			.allSatisfy((code) -> assertThat(code.retry().policy())
				.noneMatch((text) -> text.source().equals("retry-intl-2021-07-13")));
	}

	@Test
	void aSuspendedServiceIsNotSaidToBeFrozenByHandNorToHaveASectionTheOverduePageLacks() {
		StatusCode code = code(402);
		String projects = String.join("\n", code.causes().en()) + String.join("\n", code.causes().zh())
				+ String.join("\n", code.notes().en()) + String.join("\n", code.notes().zh());
		assertThat(projects).doesNotContain("by hand;", "a freeze made by hand", "手动冻结", "欠费恢复服务", "The mainland link");
		assertThat(code.causes().en())
			.anyMatch((cause) -> cause.contains("automatic resumption once the arrears are paid"));
		assertThat(code.notes().en()).anyMatch((note) -> note.contains("The international Chinese page's link")
				&& note.contains("no anchor") && note.contains("its target was not seen"));
		assertThat(code.sources().get("payment-overdue-zh").about().en()).contains("8ee3e7906f")
			.doesNotContain("94c1f51d");
	}

	@Test
	void anExitedContainerIsActedOnInTheConfigurationFirstAsTheFaqChecksMemoryFirst() {
		assertThat(code(405).actors()).containsExactly(Actor.FUNCTION_CONFIGURATION, Actor.FUNCTION_CODE);
	}

	@Test
	void noMetricIsNamedForBurstErrorsAsNoPageSaysWhichCountsThem() {
		assertThat(code(429).seenIn().metric()).isNull();
		assertThat(code(429).notes().en()).anyMatch((note) -> note.contains("No page says which Cloud Monitor metric")
				&& note.contains("Throttle") && note.contains("Http4xx"));
	}

	@Test
	void sourcesSayHowTheyWereReadWithoutClaimingWhatWasNotSeen() {
		Source mainland = code(429).sources().get("retry-mainland-2024-07-22");
		assertThat(mainland.about().en()).contains("could not be confirmed");
		Source payment = code(402).sources().get("payment-overdue-zh");
		assertThat(payment.date()).isEqualTo("2023-07-17");
		assertThat(payment.about().en()).containsOnlyOnce("commit");
	}

	@Test
	void userCodeErrorsKeepTheDecompressionReadingOfTheCloudMonitorPage() {
		assertThat(code(443).notes().en()).noneMatch((note) -> note.contains("give 430 and 443 the same meaning"))
			.anyMatch((note) -> note.contains("248/87507") && note.contains("函数函数解压失败"));
		assertThat(code(443).notes().zh()).anyMatch((note) -> note.contains("函数函数解压失败"));
	}

	@Test
	void newerRevisionsAreRecordedWithWhatCouldBeReadAndThatNothingReadChanged() throws IOException {
		JsonNode sources = YAMLMapper.builder()
			.build()
			.readTree(new ClassPathResource("catalog/status-codes.yaml").getContentAsString(StandardCharsets.UTF_8))
			.path("sources");
		Map.of("intl-zh-2024-04-22", "2024-04-22", "retry-intl-2024-12-02", "2024-12-02", "retry-intl-zh-2024-04-22",
				"2024-04-22")
			.forEach((id, date) -> {
				assertThat(sources.path(id).path("date").asString()).as(id).isEqualTo(date);
				assertThat(sources.path(id).path("about").path("en").asString()).as(id)
					.contains("Not quoted: nothing read differs", date.equals("2024-12-02") ? "19:46:29" : "17:45:15");
			});
		assertThat(sources.path("intl-zh-2024-04-22").path("about").path("en").asString())
			.contains("from 200 to the start of 429");
	}

	private Map<String, String> stated(int status) {
		return code(status).retry()
			.stated()
			.stream()
			.collect(Collectors.toMap(RetryPolicy.Stated::invocation, RetryPolicy.Stated::stated));
	}

	private StatusCode code(int status) {
		return this.catalog.find(status).orElseThrow();
	}

	private static String officialText(StatusCode code) {
		return String.join("\n",
				code.official()
					.stream()
					.flatMap((text) -> Stream.concat(Stream.ofNullable(text.description()),
							Stream.ofNullable(text.solution()).flatMap(List::stream)))
					.toList());
	}

	/** Every text of an entry, official and the project's, in both languages. */
	private static String everything(StatusCode code) {
		return String.join("\n", officialText(code), code.meaning().en(), code.meaning().zh(),
				String.join("\n", code.causes().en()), String.join("\n", code.causes().zh()),
				String.join("\n", code.notes().en()), String.join("\n", code.notes().zh()));
	}

}
