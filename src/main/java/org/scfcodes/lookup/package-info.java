/**
 * The lookups of a status code, composed from the three catalogs: a code with the API
 * errors spelt the same and its equivalents on other platforms, by number, name or words.
 * It has no model of its own; the status codes, the API errors and the equivalents are
 * three leaves below it, none of which knows another. Its HTTP side is
 * {@code lookup.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http", "catalog", "apierror", "equivalent" })
@NullMarked
package org.scfcodes.lookup;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
