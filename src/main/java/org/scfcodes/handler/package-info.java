/**
 * Handler validation: the runtimes SCF accepts, the handler form each expects, and checks of a handler against
 * its code package.
 */
package org.scfcodes.handler;
