/**
 * Stage: supporting documents (issue 19.3): the laws, regulations and scans States send with their answers
 * (PDF, Word, OpenDocument, spreadsheets, images). Screens such a file from its bytes (type by Tika, size, zip
 * limits, macros flagged and never opened, encryption flagged), archives it by sha256, reads its text with Tika
 * (page by page for a PDF; a scan has none), registers it with its passages for the State and its open review,
 * answers it (its own receipt, or a line in the return's receipt), lists a State's documents, finds passages by
 * their words, and lists in a review copy the documents the State's answers cite. May use the lower packages and
 * {@code submission} (the archive, the file checks, the receipt's hook); the intake and the commands call it, and
 * the review copy's writer calls its section.
 */
package org.irm.documents;
