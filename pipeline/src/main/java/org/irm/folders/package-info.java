/**
 * The folders the pipeline writes into: a State's outbox, rejected files, issued checklists, review
 * copies and report drafts. {@link org.irm.folders.OutputFolder} writes every file whole under a free
 * name and never overwrites one, and makes file names from what a sender called a file safe.
 * Uses no other package of the pipeline.
 */
package org.irm.folders;
