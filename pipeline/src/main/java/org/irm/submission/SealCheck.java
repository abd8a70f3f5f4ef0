package org.irm.submission;

import java.util.Optional;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;

/** Refuses a checklist whose identity cannot be read, or whose seal does not verify: its answers cannot be attributed. */
public final class SealCheck implements ChecklistCheck {

    @Override
    public Optional<Refusal> check(ChecklistReturn candidate) {
        return Optional.ofNullable(switch (candidate.identity().status()) {
            case VALID -> null;
            case BAD_SEAL -> new Refusal(RefusalReason.BAD_SEAL, candidate.identity().message()
                    + " Its answers cannot be attributed to your State. Answer in the checklist the secretariat sent"
                    + " you, without changing its document properties, and send it again.");
            case UNREADABLE -> new Refusal(RefusalReason.UNREADABLE_IDENTITY, candidate.identity().message()
                    + " Answer in the checklist the secretariat sent you and send it again.");
            case NONE -> new Refusal(RefusalReason.UNKNOWN_IDENTITY, "This is not a checklist issued by the"
                    + " secretariat. Answer in the checklist (.docx) you received and send that file.");
        });
    }
}
