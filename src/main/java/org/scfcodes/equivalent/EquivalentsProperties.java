package org.scfcodes.equivalent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the equivalents on other platforms come from.
 *
 * @param location the equivalents file: the embedded one by default, or an external file such as
 * {@code file:/etc/scf-codes/equivalents.yaml}
 * @param reloadInterval how often an external file is checked for changes; 0 turns reloading off
 */
@ConfigurationProperties("scf-codes.equivalents")
public record EquivalentsProperties(@DefaultValue("classpath:catalog/equivalents.yaml") Resource location,
		@DefaultValue("10s") Duration reloadInterval) {
}
