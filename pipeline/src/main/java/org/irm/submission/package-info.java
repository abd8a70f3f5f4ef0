/**
 * Stage: taking a returned file in, from its arrival to its answer. The return desk
 * ({@link org.irm.submission.IntakeDesk}) archives every file, has it screened (sub-package
 * {@code screening}), identifies it (seal, sender, folder), hands it to the first
 * {@link org.irm.submission.ReturnHandler} that recognises it, and answers it: a checklist's answers
 * are extracted from content controls, bookmarks or the field map, validated against the
 * catalogue's rules (findings), registered and answered with a receipt and an annotated copy; a
 * file refused is answered with its {@link org.irm.docx.RefusalReason} code and sentence; a file
 * the desk fails on is held for the secretariat. Also the inspection of any of our documents
 * ({@code irm inspect}). May use the lower packages; other stages (reviews, report drafts) plug
 * their handlers in from outside, so this package uses none of them.
 */
package org.irm.submission;
