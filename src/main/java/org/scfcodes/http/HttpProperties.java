package org.scfcodes.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How answers are cached, and how large a request body may be.
 *
 * @param maxAge how long a client may reuse a catalog answer before revalidating it with its ETag
 * @param maxBodySize the largest JSON or text body accepted (uploads have their own multipart limits)
 * @param maxConcurrentUploads how many uploads are read and checked at once (each is held in memory); others get 503
 * @param maxPendingBodies how many requests at once may wait on a worker thread for a body that did not come with their
 * headers; others get 503 (keep it below {@code server.tomcat.threads.max}, so that workers are left for the rest)
 * @param directLookups whether {@code GET /codes/{status}} is answered from the prepared answers before Spring MVC's
 * dispatch (the same answers either way; off only to compare the two)
 */
@ConfigurationProperties("scf-codes.http")
public record HttpProperties(@DefaultValue("5m") Duration maxAge, @DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("2") int maxConcurrentUploads, @DefaultValue("4") int maxPendingBodies,
		@DefaultValue("true") boolean directLookups) {
}
