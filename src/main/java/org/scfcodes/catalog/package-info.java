/**
 * The catalog of SCF invocation status codes: its model, its loading from YAML and its lookups over HTTP.
 */
package org.scfcodes.catalog;
