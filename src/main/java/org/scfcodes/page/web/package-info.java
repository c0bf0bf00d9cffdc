/**
 * The page over HTTP: {@code /} and its deep links, outside the JSON API's contract.
 */
@NullMarked
package org.scfcodes.page.web;

import org.jspecify.annotations.NullMarked;
