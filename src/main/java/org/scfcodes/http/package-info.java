/**
 * The HTTP edge every capability shares: request ids, the headers every answer carries,
 * CORS, request limits, problem answers, text answers and conditional requests, with the
 * whole filter chain registered in {@link org.scfcodes.http.HttpEdgeConfiguration}.
 */
@ApplicationModule(allowedDependencies = { "text", "data" })
@NullMarked
package org.scfcodes.http;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
