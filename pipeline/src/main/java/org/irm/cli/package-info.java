/**
 * The {@code irm} command (picocli): one class per command; {@code irm demo} runs the steps of
 * {@code demo}. {@link org.irm.cli.PipelineDesks} is the one composition root of the return desk:
 * every return handler (checklists, review copies, report drafts) is built and injected there. The
 * top of the layout: it may use every other package, and no package uses it.
 */
package org.irm.cli;
