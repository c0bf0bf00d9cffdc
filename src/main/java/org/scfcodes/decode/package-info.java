/**
 * Error-text decoding: finds the SCF status codes, messages, request ids and durations in a pasted log line, console
 * result or API response, and explains them from the catalog.
 */
package org.scfcodes.decode;
