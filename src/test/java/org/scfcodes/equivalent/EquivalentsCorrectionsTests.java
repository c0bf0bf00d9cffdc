package org.scfcodes.equivalent;

import org.junit.jupiter.api.Test;
import org.scfcodes.catalog.CatalogLoader;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an audit of the equivalents against their cited pages found wrong: an entry is
 * exact only where the pages show the same concept and trigger, its evidence is
 * documented for that case, and a difference the pages state is said.
 */
class EquivalentsCorrectionsTests {

	private final Equivalents equivalents = EquivalentsLoader.load(new ClassPathResource("catalog/equivalents.yaml"),
			CatalogLoader.load(new ClassPathResource("catalog/status-codes.yaml")));

	@Test
	void anExecutionTimeoutOnLambdaRestsOnTheTimeoutSettingNotOnTheInitPhaseEvidence() {
		Equivalent timeout = entry(433, "aws-lambda");
		assertThat(timeout.match()).isEqualTo("exact");
		assertThat(timeout.sees()).noneMatch((seen) -> seen.value().equals("Sandbox.Timedout"))
			.anySatisfy((seen) -> assertThat(seen.source()).isEqualTo("lambda-configuration-timeout"))
			.filteredOn((seen) -> seen.value().startsWith("Task timed out"))
			.singleElement()
			.satisfies((seen) -> assertThat(seen.note().en()).contains("Init-phase timeout"));
	}

	@Test
	void anUnexpectedProcessExitOnFunctionComputeIsApproximateAsItsFaqListsOtherCauses() {
		Equivalent exit = entry(439, "alibaba-fc");
		assertThat(exit.match()).isEqualTo("approximate");
		assertThat(exit.difference().en()).contains("running out of memory (SCF's 434)", "invalid start command");
	}

	@Test
	void cloudBasesConcurrentRequestLimitIsApproximateAsItsDocsGiveItTwoMeanings() {
		Equivalent burst = entry(429, "cloudbase");
		assertThat(burst.match()).isEqualTo("approximate");
		assertThat(burst.difference().en()).contains("plan's limit");
		assertThat(burst.sees()).anySatisfy((seen) -> assertThat(seen.source()).isEqualTo("tcb-basic-concurrent"));
	}

	@Test
	void functionComputeRestartsAfterA499OnlyUnderTheConditionsItsPagesState() {
		Equivalent canceled = entry(499, "alibaba-fc");
		assertThat(canceled.difference().en()).contains("single-instance concurrency of 1", "no instance health check");
		assertThat(canceled.difference().zh()).contains("单实例并发度为 1", "健康检查");
		assertThat(canceled.sees()).anySatisfy((seen) -> assertThat(seen.source()).isEqualTo("fc-499-restart"));
	}

	@Test
	void lambdasAsynchronousAnswerCarriesNoFunctionError() {
		Platform lambda = this.equivalents.platform("aws-lambda").orElseThrow();
		assertThat(lambda.reports().en()).contains("answers 202 when the event is queued")
			.doesNotContain("(202 for an asynchronous call), with the X-Amz-Function-Error");
		assertThat(lambda.reports().zh()).contains("事件入队时即返回 202");
	}

	@Test
	void concurrencyLimitsCountedInInstancesAreApproximateOnEveryPlatformAlike() {
		assertThat(entry(432, "alibaba-fc").match()).isEqualTo("approximate");
		assertThat(entry(432, "alibaba-fc").difference().en()).contains("counts instances");
		assertThat(entry(432, "google-cloud-functions").match()).isEqualTo("approximate");
		Equivalent cloudbase = entry(432, "cloudbase");
		assertThat(cloudbase.difference().en()).contains("reserved concurrency", "provisioned concurrency");
		assertThat(cloudbase.sees()).anySatisfy((seen) -> assertThat(seen.source()).isEqualTo("tcb-provisioned"));
	}

	private Equivalent entry(int status, String platform) {
		return this.equivalents.all()
			.stream()
			.filter((entry) -> entry.status() == status && entry.platform().equals(platform))
			.findFirst()
			.orElseThrow();
	}

}
