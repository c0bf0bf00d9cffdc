/**
 * The catalog of SCF invocation status codes: its model, its strict loading from YAML and its reloading; its HTTP
 * side is {@code catalog.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http", "apierror", "equivalent" })
package org.scfcodes.catalog;

import org.springframework.modulith.ApplicationModule;

