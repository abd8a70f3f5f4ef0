/**
 * Stage: the written dialogue (issue 18, point 3) between a State under review, its reviewing States and
 * the secretariat. Questions are asked per provision ({@link org.irm.dialogue.DialogueDesk#ask}, or a
 * comment marked as a question in a returned review copy, {@link org.irm.dialogue.DialogueDesk#fromReviewCopy}),
 * go to the State in a sealed Word question list with one content control per answer
 * ({@link org.irm.dialogue.DialogueDesk#send}), and come back through the return desk
 * ({@link org.irm.dialogue.QuestionListReturns}); each provision's thread is written into the merged
 * review ({@link org.irm.dialogue.DialogueSection}) and shown on the console's State page. Storage is
 * {@code register.DialogueRecords}; every step (asked, sent, mailed, answered) is in the audit log.
 *
 * <p>May use the lower packages ({@code config}, {@code catalogue}, {@code docx}, {@code identity},
 * {@code register}, {@code mail}, {@code folders}) and {@code submission} (the desk's handler contract, its
 * checks of seal, sender and folder, reading answers from content controls). The review stage (the merged
 * review and the review copies' marked comments), the console and the commands use it; it uses none of them.
 */
package org.irm.dialogue;
