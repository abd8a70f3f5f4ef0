/**
 * The file checks before anything is read: detects a file's real format, checks its size and its
 * Word package, and refuses with a reason what is not a readable Word document. A sub-package of
 * its own because it is the one step that never looks inside the document (no identity, no
 * answers) and is used alone by {@code irm inspect} and the desk; it uses nothing else of
 * {@code submission}. May use the lower packages ({@code docx}, ...).
 */
package org.irm.submission.screening;
