/**
 * The catalog of SCF invocation status codes: its model, its strict loading from YAML and
 * its reloading; its HTTP side ({@code catalog.web}) is what needs the status codes
 * alone, the Grafana value mappings. The lookups that compose the status codes with the
 * API errors and the equivalents are the {@code lookup} module's.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http" })
@NullMarked
package org.scfcodes.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
