package org.scfcodes.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How answers are cached, how large a request body may be, and how connections are held
 * under pressure.
 *
 * @param maxAge how long a client may reuse a catalog answer before revalidating it with
 * its ETag
 * @param maxBodySize the largest JSON or text body accepted (uploads have their own
 * multipart limits)
 * @param maxConcurrentUploads how many uploads are read and checked at once (each is held
 * in memory); others get 503
 * @param answerCacheSize how many bytes of rendered answers are kept, at most (the least
 * used go first)
 * @param connectionPressureEnter the share of {@code server.tomcat.max-connections} held
 * at which the server is under connection pressure, and the connections it accepts get
 * {@code connectionPressureTimeout}
 * @param connectionPressureLeave the share below which the pressure ends and the
 * configured timeouts return
 * @param connectionPressureTimeout how long a connection accepted under pressure may wait
 * for the rest of a request before it is closed (a connection kept alive between requests
 * keeps {@code server.tomcat.keep-alive-timeout})
 * @param virtualThreads whether requests run on virtual threads where the JVM has them
 * (Java 21 and later): one that waits for a slow body parks rather than holding one of
 * the {@code server.tomcat.threads.max} workers
 * @param socketWriteBuffer the buffer each connection writes its answers through: an
 * answer up to this size goes out in one socket write; every connection holds one from
 * its accept
 */
@ConfigurationProperties("scf-codes.http")
public record HttpProperties(@DefaultValue("5m") Duration maxAge, @DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("2") int maxConcurrentUploads, @DefaultValue("8MB") DataSize answerCacheSize,
		@DefaultValue("0.5") double connectionPressureEnter, @DefaultValue("0.25") double connectionPressureLeave,
		@DefaultValue("1s") Duration connectionPressureTimeout, @DefaultValue("true") boolean virtualThreads,
		@DefaultValue("32KB") DataSize socketWriteBuffer) {
}
