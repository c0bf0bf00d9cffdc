/**
 * The status-code catalog over HTTP: lookups by status, name and words, in JSON and text,
 * and the direct answers to plain lookups.
 */
package org.scfcodes.catalog.web;
