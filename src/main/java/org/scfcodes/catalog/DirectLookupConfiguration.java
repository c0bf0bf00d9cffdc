package org.scfcodes.catalog;

import io.micrometer.core.instrument.MeterRegistry;
import org.scfcodes.web.CatalogAnswers;
import org.scfcodes.web.HttpProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Registers the direct lookups first in the filter chain, so that a plain lookup of a known code costs only what
 * answering it needs ({@code scf-codes.http.direct-lookups=false} leaves every lookup to Spring MVC).
 */
@Configuration(proxyBeanMethods = false)
class DirectLookupConfiguration {

	@Bean
	FilterRegistrationBean<CodeLookupFilter> codeLookupFilter(ActiveCatalog catalogs, RenderedCodes rendered,
			LookupCounter lookups, LocaleResolver localeResolver, CatalogAnswers answers, HttpProperties properties,
			MeterRegistry meters,
			@Value("${management.observations.http.server.requests.name:http.server.requests}") String timerName) {
		FilterRegistrationBean<CodeLookupFilter> registration = new FilterRegistrationBean<>(
				new CodeLookupFilter(catalogs, rendered, lookups, localeResolver, answers, meters, timerName));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setEnabled(properties.directLookups());
		return registration;
	}

}
