package org.scfcodes.http;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.Filter;
import org.apache.catalina.core.StandardHost;
import org.scfcodes.data.ReloadableFile;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP edge in one place: the filter chain in the order a request meets it, the
 * Tomcat valve in front of it, CORS, the representation of each answer, the cache of
 * rendered answers and the one problem writer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class HttpEdgeConfiguration implements WebMvcConfigurer {

	// Before the filter chain, in Tomcat: the error report valve for what Tomcat refuses
	// itself. Then the filters, in
	// this order (Spring Boot's in brackets): [character encoding: Integer.MIN_VALUE],
	// [observation: +1]
	static final int REQUEST_IDS = Ordered.HIGHEST_PRECEDENCE + 10;

	static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 20;

	static final int BODY_SIZE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 50;

	static final int UPLOAD_LIMIT = Ordered.HIGHEST_PRECEDENCE + 60;

	// [request context: -105], then Spring MVC's dispatcher servlet.

	private final Representations representations = new Representations();

	/**
	 * The size limits of request bodies, in bytes: JSON and text bodies, and whole
	 * multipart uploads.
	 */
	record Limits(long body, long upload) {
	}

	@Bean
	Limits limits(HttpProperties properties,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize upload) {
		return new Limits(properties.maxBodySize().toBytes(), upload.toBytes());
	}

	/**
	 * Request bodies are read as the contract types them: a number, boolean or object
	 * where a string is expected is a 400 problem, not a string made from it. Answers are
	 * the same bytes on every run: map entries (sources by key, texts by language) are
	 * written in key order, not in the order of a map whose order changes from run to
	 * run.
	 */
	@Bean
	JsonMapperBuilderCustomizer contractJson() {
		return (builder) -> builder.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.withCoercionConfig(LogicalType.Textual,
					(coercion) -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	@Bean
	Problems problems(JsonMapper json, MessageSource messages) {
		return new Problems(json, messages);
	}

	@Bean
	AllowedMethods allowedMethods(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return new AllowedMethods(mappings);
	}

	@Bean
	ApiCors apiCors(Problems problems, AllowedMethods allowed) {
		return new ApiCors(problems, allowed);
	}

	/**
	 * The answers, and the cache they are rendered into: bounded by the bytes it holds,
	 * so that queries however varied cannot grow it, and emptied whenever a data file is
	 * reloaded.
	 */
	@Bean
	Answers answers(HttpProperties properties, JsonMapper json, MessageSource messages,
			ObjectProvider<ReloadableFile<?>> files, ObjectProvider<MeterRegistry> registry, Environment environment) {
		CaffeineCacheManager caches = new CaffeineCacheManager(Answers.CACHE);
		caches.setAllowNullValues(false);
		caches.setCaffeine(Caffeine.newBuilder()
			.maximumWeight(properties.answerCacheSize().toBytes())
			.weigher((key, rendered) -> ((Answers.Rendered) rendered).weight())
			.recordStats());
		CaffeineCache cache = (CaffeineCache) caches.getCache(Answers.CACHE);
		// cache_gets_total{cache="answers"} by result, cache_size, cache_evictions_total
		registry.ifAvailable((meters) -> CaffeineCacheMetrics.monitor(meters, cache.getNativeCache(), Answers.CACHE));
		// the container's compression settings hold for the answers, which are gzipped
		// once, as they are rendered
		long gzipFrom = Boolean.TRUE.equals(environment.getProperty("server.compression.enabled", Boolean.class))
				? Binder.get(environment)
					.bind("server.compression.min-response-size", DataSize.class)
					.orElse(DataSize.ofKilobytes(2))
					.toBytes()
				: Long.MAX_VALUE;
		Answers answers = new Answers(cache, json, messages, CacheControl.maxAge(properties.maxAge()).cachePublic(),
				gzipFrom);
		files.forEach((file) -> file.onReload((loaded) -> answers.clear()));
		return answers;
	}

	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		return registration(new RequestIds(), REQUEST_IDS);
	}

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		return registration(new SecurityHeaders(), SECURITY_HEADERS);
	}

	/**
	 * The observation of each request ({@code http.server.requests}), its {@code uri} tag
	 * without constraints.
	 */
	@Bean
	UriTemplateConvention uriTemplateConvention(
			@Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
		return new UriTemplateConvention(name);
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(Limits limits, Problems problems) {
		return registration(new BodySizeLimitFilter(limits.body(), limits.upload(), problems), BODY_SIZE_LIMIT);
	}

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimit(HttpProperties properties, Problems problems) {
		return registration(new UploadLimitFilter(properties.maxConcurrentUploads(), problems), UPLOAD_LIMIT);
	}

	@Bean
	ConnectionPressure connectionPressure(HttpProperties properties) {
		return new ConnectionPressure(properties.connectionPressureEnter(), properties.connectionPressureLeave(),
				properties.connectionPressureTimeout());
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcat(HttpProperties properties, Problems problems,
			ConnectionPressure pressure) {
		return (factory) -> {
			factory.addConnectorCustomizers(pressure);
			// On Java 21 and later (the image runs 25) every request runs on a virtual
			// thread: one that waits for a slow
			// body parks rather than holding a worker, so a few slow clients cannot take
			// the workers from everyone
			// else. Set here rather than by spring.threads.virtual.enabled, which Spring
			// AOT would fix at build time,
			// on the build's Java 17.
			if (properties.virtualThreads() && Runtime.version().feature() >= 21) {
				factory.addConnectorCustomizers((connector) -> connector.setProperty("useVirtualThreads", "true"));
			}
			// An answer larger than the socket's write buffer goes out in one write per
			// buffer's worth: a code's JSON
			// (17 KB) in one write, not three of Tomcat's 8 KB
			factory.addConnectorCustomizers((connector) -> connector.setProperty("socket.appWriteBufSize",
					String.valueOf(properties.socketWriteBuffer().toBytes())));
			factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					// the host adds no valve of this class name when the pipeline already
					// has one
					ProblemErrorReportValve valve = new ProblemErrorReportValve(problems);
					host.getPipeline().addValve(valve);
					host.setErrorReportValveClass(valve.getClass().getName());
				}
			});
		};
	}

	@Bean
	LocaleResolver localeResolver() {
		return this.representations;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this.representations);
	}

	/**
	 * Handlers are chosen by {@code Accept} alone; {@code ?format=} is read with it by
	 * {@link Representations}.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.favorParameter(false);
	}

	/**
	 * Spring MVC's handler mappings refuse cross-origin requests with the problem writer.
	 */
	@Bean
	static BeanPostProcessor problemCorsRefusals(ObjectProvider<ApiCors> cors) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(cors.getObject().processor());
				}
				return bean;
			}

		};
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**").combine(ApiCors.CONFIGURATION);
	}

	private static <T extends Filter> FilterRegistrationBean<T> registration(T filter, int order) {
		FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		return registration;
	}

}
