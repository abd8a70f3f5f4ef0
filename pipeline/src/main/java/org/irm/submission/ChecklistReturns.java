package org.irm.submission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityFormat;
import org.irm.identity.IdentityVerifier;
import org.irm.register.AnswerConflict;
import org.irm.register.Event;
import org.irm.register.Finding;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.MasterChecklists;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Recording;
import org.irm.register.Register;
import org.irm.register.RegisterException;
import org.irm.register.SubmissionRecord;
import org.irm.submission.screening.Check;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in States' returned checklists and decides what becomes of each: checks the identity,
 * sender and folder ({@link ChecklistCheck}s; a refusal goes to {@link Rejections}), reads every
 * answer, validates them against the catalogue and registers them as the checklist's next version
 * (one transaction). The answer (receipt, annotated copy, reply) is written by
 * {@link ChecklistReceipts}.
 */
public final class ChecklistReturns implements ReturnHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistReturns.class);

    private final IdentityVerifier verifier;
    private final Check<ChecklistReturn> checks;
    private final DocumentInspector.Catalogues catalogues;
    private final IntakeRegister register;
    private final Rejections rejections;
    private final ChecklistReceipts receipts;
    private final Clock clock;
    private final AnswerExtractor extractor = new AnswerExtractor();
    private final MasterChecklists masters;
    private final Register registerOfEvents;

    /**
     * @param checks   the checks a checklist must pass before anything is registered (seal first)
     * @param receipts writes the answer once the return is registered
     * @param events   the register, for the master checklist's conflicts and the event log
     */
    ChecklistReturns(IdentityVerifier verifier, Check<ChecklistReturn> checks, DocumentInspector.Catalogues catalogues,
                     IntakeRegister register, Rejections rejections, ChecklistReceipts receipts, Clock clock,
                     Register events) {
        this.verifier = verifier;
        this.checks = checks;
        this.catalogues = catalogues;
        this.register = register;
        this.rejections = rejections;
        this.receipts = receipts;
        this.clock = clock;
        this.masters = new MasterChecklists(events);
        this.registerOfEvents = events;
    }

    /**
     * Anything that carries the checklist identity (part or properties), sealed or not. A review
     * copy carries it too: the reviews' handler is asked first and takes those whose seal holds;
     * one that reaches this handler is refused by its checks ({@link ReviewCopyCheck}, or the seal).
     */
    @Override
    public boolean recognises(DocxReading reading) {
        return reading.customXmlParts().stream().anyMatch(xml -> xml.contains(IdentityFormat.NAMESPACE))
                || reading.customProperties().keySet().stream().anyMatch(k -> k.startsWith(IdentityFormat.PROPERTY_PREFIX));
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        IdentityCheck identity;
        ChecklistRead read;
        try {
            identity = verifier.check(reading);
            Optional<Refusal> refusal = checks.check(new ChecklistReturn(received, reading, identity));
            if (refusal.isPresent()) {
                return rejections.refuse(received, refusal.get(), identity.identity());
            }
            read = read(reading, identity.manifest());
        } catch (RegisterException pipelineDown) {
            throw pipelineDown;
        } catch (RuntimeException unreadable) {
            // A file our reader cannot make sense of must not come back forever: it is refused, with the cause logged.
            LOG.warn("Cannot read {} ({}) as a checklist", LogText.of(received.arrival().originalName()), received.sha256(), unreadable);
            return rejections.refuse(received, new Refusal(RefusalReason.CORRUPT, "The checklist's answers cannot be read ("
                    + unreadable.getMessage() + "). Save it again from Word as a Word Document (.docx) and send it"
                    + " again."), Optional.empty());
        }
        ChecklistManifest manifest = identity.manifest();
        ChecklistIdentity id = manifest.identity();
        Arrival arrival = received.arrival();
        Recording recording = register.record(new NewSubmission(received.sha256(), id.checklistId(), arrival.source(),
                        arrival.sender(), arrival.originalName(), arrival.receivedAt(), Outcome.ACCEPTED, null,
                        read.findings()), read.extraction().answers(),
                new IntakeFacts(id.state(), id.reviewId(), id.part(), id.language(), null, arrival.folderState(),
                        arrival.messageId()));
        List<AnswerConflict> conflicts = masters.conflictsOf(id.reviewId(), recording.submission().id());
        if (!recording.duplicate()) {
            logConflicts(id, received, conflicts);
        }
        return receipts.answer(received, manifest, read, recording.submission(), conflicts);
    }

    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        IdentityCheck identity = verifier.check(reading);
        if (!identity.valid()) {
            throw new IllegalStateException("Submission " + registered.id() + " was registered as accepted, but its"
                    + " archived copy's identity no longer verifies: " + identity.message());
        }
        ChecklistManifest manifest = identity.manifest();
        return receipts.answer(received, manifest, read(reading, manifest), registered,
                masters.conflictsOf(manifest.identity().reviewId(), registered.id()));
    }

    private ChecklistRead read(DocxReading reading, ChecklistManifest manifest) {
        Extraction extraction = extractor.extract(reading, manifest);
        ChecklistIdentity id = manifest.identity();
        Optional<Catalogue> catalogue = catalogues.find(id.instrument(), id.cycle(), id.cluster());
        List<Finding> findings = new ArrayList<>(extraction.findings());
        catalogue.ifPresent(c -> findings.addAll(new AnswerValidator(c).validate(id.state(), extraction.answers())));
        return new ChecklistRead(extraction, findings, catalogue);
    }

    /** Logs each agency conflict this return creates (the master checklist shows it too, computed from the answers). */
    private void logConflicts(ChecklistIdentity id, Received received, List<AnswerConflict> conflicts) {
        for (AnswerConflict conflict : conflicts) {
            registerOfEvents.appendEvent(Event.of(clock.instant(), Event.PIPELINE, "answer.conflict", id.reviewId(),
                    received.sha256(), conflict.field() + ": " + String.join(" | ", conflict.answers().stream()
                            .map(a -> a.part() + " v" + a.version() + " = " + a.value()).toList())));
        }
    }
}
