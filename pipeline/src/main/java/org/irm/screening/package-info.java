/**
 * Stage: screening a file before anything reads it: detects its real format, checks its size and
 * its Word package, and refuses with a reason what is not a readable Word document. May use the lower
 * packages ({@code docx}, ...).
 */
package org.irm.screening;
