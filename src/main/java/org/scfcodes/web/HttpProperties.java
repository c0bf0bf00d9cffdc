package org.scfcodes.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How answers are cached, and how large a request body may be.
 *
 * @param maxAge how long a client may reuse a catalog answer before revalidating it with its ETag
 * @param maxBodySize the largest JSON or text body accepted (uploads have their own multipart limits)
 */
@ConfigurationProperties("scf-codes.http")
public record HttpProperties(@DefaultValue("5m") Duration maxAge, @DefaultValue("256KB") DataSize maxBodySize) {
}
