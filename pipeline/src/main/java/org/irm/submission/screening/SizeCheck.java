package org.irm.submission.screening;

import java.util.Locale;
import java.util.Optional;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;

/** Refuses empty files and files larger than the configured limit. */
public final class SizeCheck implements FileCheck {

    private final long maxBytes;

    public SizeCheck(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<Refusal> check(CandidateFile file) {
        if (file.size() == 0) {
            return Optional.of(new Refusal(RefusalReason.EMPTY,
                    "The file is empty (0 bytes): it may not have finished copying, or it was lost on the way. "
                            + "Send the file again (the checklist, or the law or other document you meant to send)."));
        }
        if (file.size() > maxBytes) {
            return Optional.of(new Refusal(RefusalReason.TOO_LARGE, String.format(Locale.ROOT,
                    "The file is %.1f MB, more than the %d MB accepted. If it is the checklist, remove large pictures "
                            + "or attachments from it. If it is a law, a scan or another supporting document, send it in "
                            + "parts of less than %d MB each (one file per chapter, or the scan saved at a lower "
                            + "resolution).",
                    file.size() / 1048576.0, maxBytes >> 20, maxBytes >> 20)));
        }
        return Optional.empty();
    }
}
