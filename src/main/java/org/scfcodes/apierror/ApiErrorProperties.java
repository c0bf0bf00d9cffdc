package org.scfcodes.apierror;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the API error codes come from.
 *
 * @param location the API error file: the embedded one by default, or an external file such as
 * {@code file:/etc/scf-codes/api-errors.yaml}
 * @param reloadInterval how often an external file is checked for changes; 0 turns reloading off
 */
@ConfigurationProperties("scf-codes.api-errors")
public record ApiErrorProperties(@DefaultValue("classpath:catalog/api-errors.yaml") Resource location,
		@DefaultValue("10s") Duration reloadInterval) {
}
