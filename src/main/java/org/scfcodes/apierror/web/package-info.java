/**
 * The API error codes over HTTP: one code, a class, or words, in JSON and text.
 */
@NullMarked
package org.scfcodes.apierror.web;

import org.jspecify.annotations.NullMarked;
