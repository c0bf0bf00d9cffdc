/**
 * The page over HTTP: {@code /} and its deep links, outside the JSON API's contract.
 */
package org.scfcodes.page.web;
