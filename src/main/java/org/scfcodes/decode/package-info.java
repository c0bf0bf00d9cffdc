/**
 * Error-text decoding: finds the SCF status codes, messages, request ids and durations in
 * a pasted log line, console result or API response, and explains them from the catalog;
 * its HTTP side is {@code decode.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "catalog", "apierror", "http" })
package org.scfcodes.decode;

import org.springframework.modulith.ApplicationModule;
