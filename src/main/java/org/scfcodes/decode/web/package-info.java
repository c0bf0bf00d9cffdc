/**
 * Error text decoding over HTTP: a pasted error, sent as text, JSON, a form body or an
 * upload, explained in JSON or text.
 */
@NullMarked
package org.scfcodes.decode.web;

import org.jspecify.annotations.NullMarked;
