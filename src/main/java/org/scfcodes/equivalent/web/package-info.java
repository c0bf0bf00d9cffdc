/**
 * The equivalents over HTTP: the SCF statuses a platform's error matches, or every
 * equivalent of a platform.
 */
@NullMarked
package org.scfcodes.equivalent.web;

import org.jspecify.annotations.NullMarked;
