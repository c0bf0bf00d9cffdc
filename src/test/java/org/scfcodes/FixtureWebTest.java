package org.scfcodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.scfcodes.apierror.ApiErrorConfiguration;
import org.scfcodes.catalog.CatalogConfiguration;
import org.scfcodes.decode.ErrorTextDecoder;
import org.scfcodes.equivalent.EquivalentsConfiguration;
import org.scfcodes.handler.HandlerValidator;
import org.scfcodes.handler.PackageLimits;
import org.scfcodes.http.LookupCounter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The web layer of every API controller over the fixture data files
 * ({@code src/test/resources/fixtures/}): small catalogs in words of their own, so that
 * an edit of the real data breaks only the tests about the real data. Every test class so
 * annotated shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ CatalogConfiguration.class, ApiErrorConfiguration.class, EquivalentsConfiguration.class, LookupCounter.class,
		SimpleMeterRegistry.class, ErrorTextDecoder.class, HandlerValidator.class })
@EnableConfigurationProperties(PackageLimits.class)
@TestPropertySource(locations = FixtureWebTest.PROPERTIES)
public @interface FixtureWebTest {

	/** The settings that point the data files at the fixtures. */
	String PROPERTIES = "classpath:fixtures/fixtures.properties";

}
