package org.scfcodes.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the catalog comes from.
 *
 * @param location the catalog file: the embedded one by default, or an external file such as
 * {@code file:/etc/scf-codes/status-codes.yaml}
 * @param reloadInterval how often an external file is checked for changes; 0 turns reloading off
 */
@ConfigurationProperties("scf-codes.catalog")
public record CatalogProperties(@DefaultValue("classpath:catalog/status-codes.yaml") Resource location,
		@DefaultValue("10s") Duration reloadInterval) {
}
