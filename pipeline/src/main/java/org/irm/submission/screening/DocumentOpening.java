package org.irm.submission.screening;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.irm.docx.DocxReader;
import org.irm.docx.PackageLimits;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.docx.RefusedDocumentException;

/**
 * Screens a file and, when it passes, reads it: the front door for every Word file that comes
 * from outside. Never throws for bad content; every problem ends in a {@link Refusal}.
 */
public final class DocumentOpening {

    private final FormatDetector detector;
    private final Check<CandidateFile> screening;
    private final DocxReader reader;

    public DocumentOpening() {
        this(PackageLimits.DEFAULTS);
    }

    public DocumentOpening(PackageLimits limits) {
        this.detector = new FormatDetector(limits);
        this.screening = Check.inOrder(List.<FileCheck>of(new SizeCheck(limits.maxFileBytes()), new PackageCheck(limits),
                new WordFormatCheck(detector)));
        this.reader = new DocxReader(limits);
    }

    public OpenedDocument open(Path file) {
        CandidateFile candidate;
        try {
            candidate = CandidateFile.of(file);
        } catch (IOException e) {
            return new OpenedDocument(new DetectedFormat("unknown", "application/octet-stream", "unreadable file"), null,
                    new Refusal(RefusalReason.CORRUPT, "The file cannot be read: " + e.getMessage()));
        }
        Optional<Refusal> refusal = screening.check(candidate);
        DetectedFormat format = candidate.size() == 0
                ? new DetectedFormat("empty", "application/octet-stream", "empty file") : detector.detect(candidate);
        if (refusal.isPresent()) {
            return new OpenedDocument(format, null, refusal.get());
        }
        try {
            return new OpenedDocument(format, reader.read(file), null);
        } catch (RefusedDocumentException e) {
            return new OpenedDocument(format, null, e.refusal());
        }
    }
}
