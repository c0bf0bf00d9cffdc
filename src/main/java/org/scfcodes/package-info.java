/**
 * The service: Tencent Cloud SCF's invocation status codes and API error codes explained,
 * what they are called on other platforms, pasted error texts decoded and function
 * handlers checked, one module a capability below.
 */
@NullMarked
package org.scfcodes;

import org.jspecify.annotations.NullMarked;
