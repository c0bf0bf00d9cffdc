/**
 * Strict reading of the service's YAML data files: unknown fields, duplicates and missing
 * values stop the load with the file and the entry named.
 */
@ApplicationModule(allowedDependencies = "text")
@NullMarked
package org.scfcodes.data;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
