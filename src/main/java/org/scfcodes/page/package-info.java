/**
 * The page people read in a browser: a status code, an API error, a search or the index
 * of every code, written as HTML from the catalogs so that it reads without JavaScript;
 * its HTTP side is {@code page.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "catalog", "apierror", "equivalent" })
@NullMarked
package org.scfcodes.page;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
