/**
 * The catalog of SCF invocation status codes: its model, its strict loading from YAML and
 * its reloading; its HTTP side is {@code catalog.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http", "apierror", "equivalent" })
@NullMarked
package org.scfcodes.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
