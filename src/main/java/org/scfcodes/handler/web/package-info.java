/**
 * Handler validation over HTTP: a handler checked for its runtime, with or without its
 * code package, and the runtimes the validator knows.
 */
@NullMarked
package org.scfcodes.handler.web;

import org.jspecify.annotations.NullMarked;
