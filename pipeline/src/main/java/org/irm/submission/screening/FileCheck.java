package org.irm.submission.screening;

import java.util.Optional;
import org.irm.docx.Refusal;

/**
 * One reason a file may not be taken in. A check only reads the candidate (it never moves,
 * changes or deletes it) and answers with a refusal, or empty when it has no objection.
 */
public interface FileCheck {
    Optional<Refusal> check(CandidateFile file);
}
