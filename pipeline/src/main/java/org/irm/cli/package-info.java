/**
 * The {@code irm} command (picocli): one class per command; {@code irm demo} runs the steps of
 * {@code demo}. The top of the layout: it may use every other package, and no package uses it.
 */
package org.irm.cli;
