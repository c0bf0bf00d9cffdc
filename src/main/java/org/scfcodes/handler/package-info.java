/**
 * Handler validation: the runtimes SCF accepts, the handler form each expects, and checks
 * of a handler against its code package; its HTTP side is {@code handler.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "catalog", "http" })
@NullMarked
package org.scfcodes.handler;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
