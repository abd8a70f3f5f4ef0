package org.irm.review;

import org.irm.docx.Paragraphs;

/**
 * A section another stage adds at the end of a review copy, after the provisions (contributors'
 * input the State shared with reviewers, ...). It writes plain paragraphs only: no field the copy's
 * reader would take back, so what it shows is never mistaken for a reviewer's note. It writes
 * nothing when it has nothing to show.
 */
public interface ReviewCopySection {

    /** Writes the section for the copy being written. */
    void write(ReviewCopyRequest request, Paragraphs text);
}
