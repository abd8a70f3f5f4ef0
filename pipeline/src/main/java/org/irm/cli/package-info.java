/**
 * The {@code irm} command (picocli): one class per command, and the demos. The top of the layout: it
 * may use every other package, and no package uses it.
 */
package org.irm.cli;
