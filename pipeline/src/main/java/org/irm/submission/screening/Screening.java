package org.irm.submission.screening;

import java.util.List;
import java.util.Optional;
import org.irm.docx.Refusal;

/** Runs checks in order and stops at the first refusal: cheap checks first, so a huge file is never opened. */
public final class Screening implements FileCheck {

    private final List<FileCheck> checks;

    public Screening(List<FileCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Optional<Refusal> check(CandidateFile file) {
        for (FileCheck check : checks) {
            Optional<Refusal> refusal = check.check(file);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
