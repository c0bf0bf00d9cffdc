/**
 * The status codes over HTTP on their own: the Grafana value mappings, as JSON or rows.
 */
package org.scfcodes.catalog.web;
