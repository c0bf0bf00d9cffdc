package org.scfcodes.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How answers are cached by clients and proxies.
 *
 * @param maxAge how long a client may reuse a catalog answer before revalidating it with its ETag
 */
@ConfigurationProperties("scf-codes.http")
public record HttpProperties(@DefaultValue("5m") Duration maxAge) {
}
