package org.scfcodes.decode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What else the text carries besides status codes.
 */
@Schema(description = "Request ids, error messages and durations found in the text")
public record TextFacts(List<String> requestIds, List<String> errorMessages, List<Measurement> durations) {
}
