package org.scfcodes.http;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters a request meets, in the order {@link HttpEdgeConfiguration} gives: its id and the headers every answer
 * carries first, then the direct answers, then the observation of the request, then the body limits; no two filters
 * share a place.
 */
@SpringBootTest
class FilterChainIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void filtersRunInTheEdgesOrder() {
		@SuppressWarnings("rawtypes")
		Map<String, FilterRegistrationBean> registrations = this.context.getBeansOfType(FilterRegistrationBean.class);
		List<Class<?>> order = registrations.values()
			.stream()
			.filter(FilterRegistrationBean::isEnabled)
			.sorted(Comparator.comparingInt(FilterRegistrationBean::getOrder))
			.<Class<?>>map((registration) -> registration.getFilter().getClass())
			.toList();
		assertThat(order).containsSubsequence(RequestIds.class, SecurityHeaders.class, DirectAnswersFilter.class,
				ServerHttpObservationFilter.class, BodySizeLimitFilter.class, UploadLimitFilter.class);
		assertThat(registrations.values().stream().map(FilterRegistrationBean::getOrder).distinct().count())
			.isEqualTo(registrations.size());
	}

}
