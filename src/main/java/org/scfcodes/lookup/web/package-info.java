/**
 * The status codes over HTTP: lookups by status, name and words, in JSON and text, short
 * by default and whole on request, with the API errors and equivalents they relate to.
 */
@NullMarked
package org.scfcodes.lookup.web;

import org.jspecify.annotations.NullMarked;
