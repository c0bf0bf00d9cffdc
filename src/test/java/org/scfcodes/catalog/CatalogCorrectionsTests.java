package org.scfcodes.catalog;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

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
	void insufficientResourcesAreRetriedAsOverrunsAsTheNewestRetryPageNamesThem() {
		RetryPolicy resources = code(449).retry();
		assertThat(resources.category()).isEqualTo("overrun");
		assertThat(resources.basis()).isEqualTo(RetryPolicy.Basis.DOCUMENTED);
		assertThat(resources.official().get(0).source()).isEqualTo("retry-mainland-2025-06-30");
		assertThat(resources.official().get(0).text()).contains("超限错误(状态码429、432、449)");
		assertThat(code(449).notes().en()).anyMatch((note) -> note.contains("only 432"));
	}

	@Test
	void anExitedContainerListsTheTroubleshootingChecks() {
		assertThat(officialText(code(405))).contains("0.0.0.0:9000", "755 or 777", "DOS", "详情请参见 排查文档");
	}

	@Test
	void officialEnglishIsServedWhereItExistsAndTheProjectsTranslationsSaySo() {
		for (StatusCode code : this.catalog.all()) {
			Guidance english = code.guidance().en();
			if (code.status() == 403) {
				assertThat(english.description().translatedFrom()).isEqualTo("zh");
			}
			else {
				assertThat(english.description().translatedFrom()).as("%d", code.status()).isNull();
			}
		}
	}

	@Test
	void everyCodeSaysWhereItIsSeen() {
		for (int status : new int[] { 432, 433, 434 }) {
			assertThat(code(status).seenIn().metric()).satisfies((metric) -> {
				assertThat(metric.name()).isEqualTo("Http" + status);
				assertThat(metric.basis()).isEqualTo("documented");
			});
		}
		assertThat(code(437).seenIn().metric().name()).isEqualTo("Http4xx");
		assertThat(this.catalog.all()).allSatisfy((code) -> {
			assertThat(code.seenIn().logField().name()).isEqualTo("SCF_StatusCode");
			assertThat(code.seenIn().payloadField().name()).isEqualTo("statusCode");
		});
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
