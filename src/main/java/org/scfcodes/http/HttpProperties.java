package org.scfcodes.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How answers are cached, how large a request body may be, and how the server holds connections under pressure.
 *
 * @param maxAge how long a client may reuse a catalog answer before revalidating it with its ETag
 * @param maxBodySize the largest JSON or text body accepted (uploads have their own multipart limits)
 * @param maxConcurrentUploads how many uploads are read and checked at once (each is held in memory); others get 503
 * @param maxPendingBodies how many requests at once may wait on a worker thread for a body that did not come with their
 * headers; others get 503 (keep it below {@code server.tomcat.threads.max}, so that workers are left for the rest)
 * @param directLookups whether {@code GET /codes/{status}} is answered from the prepared answers before Spring MVC's
 * dispatch (the same answers either way; off only to compare the two)
 * @param connectionPressureEnter the share of {@code server.tomcat.max-connections} held at which the server is under
 * connection pressure, and every connection gets {@code connectionPressureTimeout}
 * @param connectionPressureLeave the share below which the pressure ends and the configured timeouts return
 * @param connectionPressureTimeout how long a connection may send nothing under pressure before it is closed
 * @param connectionPressureClientShare the share of {@code server.tomcat.max-connections} one source address may hold
 * under pressure; its further connections are closed as they are accepted
 * @param socketWriteBuffer the buffer each connection writes its answers through: an answer up to this size goes out
 * in one socket write; every connection holds one from its accept
 */
@ConfigurationProperties("scf-codes.http")
public record HttpProperties(@DefaultValue("5m") Duration maxAge, @DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("2") int maxConcurrentUploads, @DefaultValue("4") int maxPendingBodies,
		@DefaultValue("true") boolean directLookups, @DefaultValue("0.5") double connectionPressureEnter,
		@DefaultValue("0.25") double connectionPressureLeave, @DefaultValue("3s") Duration connectionPressureTimeout,
		@DefaultValue("0.25") double connectionPressureClientShare, @DefaultValue("32KB") DataSize socketWriteBuffer) {
}
