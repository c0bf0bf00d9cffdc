/**
 * The API error codes over HTTP: one code, a class, or words, in JSON and text.
 */
package org.scfcodes.apierror.web;
