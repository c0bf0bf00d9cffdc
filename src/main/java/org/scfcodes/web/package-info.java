/**
 * Cross-cutting web concerns: problem details, request ids, caching headers, languages, plain-text answers and CORS.
 */
package org.scfcodes.web;
