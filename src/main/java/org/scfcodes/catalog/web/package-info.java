/**
 * The status codes over HTTP on their own: the Grafana value mappings, as JSON or rows.
 */
@NullMarked
package org.scfcodes.catalog.web;

import org.jspecify.annotations.NullMarked;
