/**
 * Error-text decoding: finds the SCF status codes, messages, request ids and durations in
 * a pasted log line, console result or API response, and explains them from the catalog;
 * its HTTP side is {@code decode.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "catalog", "apierror", "http" })
@NullMarked
package org.scfcodes.decode;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
