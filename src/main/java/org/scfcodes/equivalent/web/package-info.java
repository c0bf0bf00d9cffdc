/**
 * The equivalents over HTTP: the SCF statuses a platform's error matches, or every
 * equivalent of a platform.
 */
package org.scfcodes.equivalent.web;
