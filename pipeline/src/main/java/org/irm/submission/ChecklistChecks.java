package org.irm.submission;

import java.util.List;
import java.util.Optional;
import org.irm.docx.Refusal;

/** Runs checklist checks in order and stops at the first refusal: the seal first, since the others trust the identity. */
public final class ChecklistChecks implements ChecklistCheck {

    private final List<ChecklistCheck> checks;

    public ChecklistChecks(List<ChecklistCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        for (ChecklistCheck check : checks) {
            Optional<Refusal> refusal = check.check(candidate);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
