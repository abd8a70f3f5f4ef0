package org.irm.submission;

import java.util.Optional;

/** Refuses a checklist whose identity cannot be read, or whose seal does not verify: its answers cannot be attributed. */
public final class SealCheck implements ChecklistCheck {

    @Override
    public Optional<ReturnRefusal> check(ChecklistReturn candidate) {
        return Optional.ofNullable(switch (candidate.identity().status()) {
            case VALID -> null;
            case BAD_SEAL -> new ReturnRefusal(ReturnRefusal.BAD_SEAL, candidate.identity().message()
                    + " Its answers cannot be attributed to your State. Answer in the checklist the secretariat sent"
                    + " you, without changing its document properties, and send it again.");
            case UNREADABLE -> new ReturnRefusal(ReturnRefusal.UNREADABLE_IDENTITY, candidate.identity().message()
                    + " Answer in the checklist the secretariat sent you and send it again.");
            case NONE -> new ReturnRefusal(ReturnRefusal.UNKNOWN_IDENTITY, "This is not a checklist issued by the"
                    + " secretariat. Answer in the checklist (.docx) you received and send that file.");
        });
    }
}
