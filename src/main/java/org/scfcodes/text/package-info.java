/**
 * The vocabulary every capability shares: the two languages, texts written in both, and
 * answers that can be read as text, with their words from the message bundles.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.scfcodes.text;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
