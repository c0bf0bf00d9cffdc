/**
 * What an SCF status is called on other serverless platforms (AWS Lambda, Alibaba Cloud
 * Function Compute, Google Cloud Functions, Azure Functions, Tencent CloudBase), in both
 * directions: every fact cited, each match exact or approximate with the difference
 * stated, each platform's limits its own, and the statuses with no cited equivalent said
 * so; its HTTP side is {@code equivalent.web}.
 */
@ApplicationModule(allowedDependencies = { "text", "data", "http" })
@NullMarked
package org.scfcodes.equivalent;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
