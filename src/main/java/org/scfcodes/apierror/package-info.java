/**
 * The SCF API 3.0 error codes (InvalidParameterValue.Handler, ResourceNotFound.Function…)
 * that deployments, the SDKs, tccli and the Terraform provider print: a second catalog
 * beside the invocation status codes, with their official descriptions, remedies grounded
 * in cited pages and their relation to the status codes; its HTTP side is
 * {@code apierror.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http" })
@NullMarked
package org.scfcodes.apierror;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
