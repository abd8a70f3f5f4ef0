package org.irm.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.folders.LeftoverFiles;
import org.irm.mail.MailTexts;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.RegisterException;
import org.irm.register.SubmissionRecord;
import org.irm.register.UnansweredSubmission;
import org.irm.submission.screening.DocumentOpening;
import org.irm.submission.screening.OpenedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The return desk: every returned file, from the inbox folder, the mailbox or {@code irm ingest},
 * goes through the same short sequence. Build one with {@link ReturnDesks#open}.
 * <ol>
 *   <li>archive the original by sha256 ({@link Archive}): from here on nothing can be lost;</li>
 *   <li>the same bytes seen before: answered "already received" (or, if a crash came before its
 *       answer, answered now as the first time), never processed twice;</li>
 *   <li>screen the archived copy ({@link DocumentOpening}: type from content, size, zip bomb,
 *       macros, encryption, external entities);</li>
 *   <li>hand it to the first {@link ReturnHandler} that recognises its identity, which checks,
 *       registers (the commit point) and answers; a file no handler recognises is refused.</li>
 * </ol>
 * Refusals are registered too, then copied to {@code rejected/} with their reason, then answered.
 *
 * <p>No file can stop the intake: when anything fails on one file (its reader, a handler, the
 * writer of its answer), that file alone is held for the secretariat ({@link Quarantine}) and the
 * desk goes on. Only a failure of the pipeline itself (archive not writable, register unreachable,
 * a broken template) is thrown, and then taking the file again later finishes the work.
 */
public final class IntakeDesk implements ReturnDesk {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeDesk.class);

    private final Archive archive;
    private final ArrivalRecords arrivals;
    private final String instance;
    private final DocumentOpening opening;
    private final List<ReturnHandler> handlers;
    private final Register register;
    private final IntakeRegister intake;
    private final Rejections rejections;
    private final MailTexts texts;
    private final Clock clock;
    private final Quarantine quarantine;
    private final LeftoverFiles leftovers;
    // One file's bytes are worked on by one thread at a time (striped by digest); others go on in parallel.
    private final Object[] stripes = new Object[64];

    /**
     * @param arrivals where the desk records how each archived file came in, before it registers it
     * @param instance this pipeline instance's name, which its arrival records carry
     */
    IntakeDesk(Archive archive, ArrivalRecords arrivals, String instance, DocumentOpening opening,
               List<ReturnHandler> handlers, Register register, Rejections rejections, MailTexts texts,
               LeftoverFiles leftovers, Clock clock) {
        this.archive = archive;
        this.arrivals = arrivals;
        this.instance = instance;
        this.opening = opening;
        this.handlers = List.copyOf(handlers);
        this.register = register;
        this.intake = new IntakeRegister(register);
        this.rejections = rejections;
        this.texts = texts;
        this.clock = clock;
        this.quarantine = new Quarantine(register, rejections, texts, clock);
        this.leftovers = leftovers;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Acknowledgement take(Arrival arrival) {
        Received received;
        try {
            received = archive.store(arrival);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot archive " + arrival.originalName() + ": " + e.getMessage()
                    + " (the file stays where it is and can be taken again)", e);
        }
        arrivals.keep(received, instance);
        synchronized (stripe(received)) {
            try {
                return decide(received);
            } catch (RuntimeException | StackOverflowError failure) {
                if (pipelineFailure(failure)) {
                    throw failure;
                }
                return quarantine.hold(received, failure);
            }
        }
    }

    private Acknowledgement decide(Received received) {
        Optional<SubmissionRecord> known = register.submissionBySha256(received.sha256());
        if (known.isEmpty()) {
            return examine(received);
        }
        SubmissionRecord earlier = known.get();
        if (!intake.answered(earlier.id())) {
            return finish(received, earlier);
        }
        if (examinedAgain(earlier)) {
            return examine(received);
        }
        if (intake.heldReason(earlier.id()).isPresent()) {
            return finishedAfterHold(received, earlier);
        }
        if (earlier.outcome() == Outcome.REFUSED) {
            return refusedAgain(received, earlier);
        }
        return duplicate(received, earlier);
    }

    /**
     * True when the pipeline itself failed, not the file: the register unreachable or busy, a
     * template or setting broken. The file is then left to be taken again (every file would fail
     * alike, and holding them all would answer every State wrongly). A value the register cannot
     * store (SQL state class 22: a name too long...) is the file's, and holds it.
     */
    private static boolean pipelineFailure(Throwable failure) {
        if (failure instanceof ConfigurationException) {
            return true;
        }
        if (failure instanceof RegisterException) {
            return !(failure.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22"));
        }
        return false;
    }

    private Object stripe(Received received) {
        return stripes[Integer.parseInt(received.sha256().substring(0, 2), 16) % stripes.length];
    }

    @Override
    public List<Acknowledgement> finishUnfinished() {
        // File times are the file system's: the home's clock may have been moved (irm.clock.start).
        leftovers.removeStale(Instant.now());
        List<Acknowledgement> finished = new ArrayList<>(takeAgainWhatTheRegisterLost());
        for (UnansweredSubmission unanswered : intake.unanswered()) {
            SubmissionRecord submission = unanswered.submission();
            IntakeFacts facts = unanswered.facts();
            Arrival arrival = new Arrival(archive.path(submission.sha256()), submission.originalName(),
                    submission.source(), submission.sender(), facts == null ? null : facts.folderState(),
                    submission.receivedAt(), facts == null ? null : facts.messageId());
            Received received = new Received(arrival, submission.sha256(), arrival.file());
            synchronized (stripe(received)) {
                try {
                    finished.add(finish(received, submission));
                } catch (RuntimeException | StackOverflowError failure) {
                    // One file must never keep the others, or the pipeline's start, waiting: it is
                    // held, or, when the pipeline itself failed, left for the next start.
                    held(received, failure).ifPresent(finished::add);
                }
            }
        }
        return finished;
    }

    /**
     * Takes again, from the archive, every file this instance archived and recorded that the register
     * has no trace of: an embedded register can lose its last writes to a kill even after they were
     * committed, when the e-mail was already marked read or the dropped file gone. Another
     * instance's arrivals are left to it (it may be taking them right now) until its record is as
     * old as a stale temporary file. The answers they were given are queued under the same key and
     * so not sent twice.
     */
    private List<Acknowledgement> takeAgainWhatTheRegisterLost() {
        Set<String> registered = intake.registeredDigests();
        Instant othersBefore = Instant.now().minus(LeftoverFiles.STALE);
        List<Acknowledgement> taken = new ArrayList<>();
        for (String sha256 : arrivals.digests()) {
            if (registered.contains(sha256)) {
                continue;
            }
            Optional<ArrivalRecords.Kept> kept = arrivals.read(sha256);
            Path archived = archive.path(sha256);
            if (kept.isEmpty() || kept.get().desk() != ArrivalRecords.Desk.RETURNS || !Files.isRegularFile(archived)
                    || !kept.get().oursToTakeAgain(instance, othersBefore)) {
                continue;
            }
            LOG.warn("{} ({}, received {}) is archived but the register has no trace of it (a stop came before it was"
                    + " registered, or lost the register's last writes): taken again from the archive",
                    LogText.of(kept.get().originalName()), sha256, kept.get().receivedAt());
            try {
                taken.add(take(kept.get().arrival(archived)));
            } catch (RuntimeException failure) {
                LOG.error("Could not take {} ({}) again, left for the next start: {}",
                        LogText.of(kept.get().originalName()), sha256, LogText.of(failure.getMessage()));
            }
        }
        return taken;
    }

    private Optional<Acknowledgement> held(Received received, Throwable failure) {
        if (!pipelineFailure(failure)) {
            try {
                return Optional.of(quarantine.hold(received, failure));
            } catch (RuntimeException holdingFailed) {
                failure = holdingFailed;
            }
        }
        LOG.error("Could not finish {} ({}), left unanswered for the next start: {}",
                LogText.of(received.arrival().originalName()), received.sha256(), LogText.of(failure.getMessage()));
        return Optional.empty();
    }

    private Acknowledgement examine(Received received) {
        OpenedDocument opened = opening.open(received.archived());
        if (opened.refusal().isPresent()) {
            return rejections.refuse(received, opened.refusal().get(), Optional.empty());
        }
        DocxReading reading = opened.reading().orElseThrow();
        Optional<ReturnHandler> handler = handlers.stream().filter(h -> h.recognises(reading)).findFirst();
        if (handler.isEmpty()) {
            return rejections.refuse(received, new Refusal(RefusalReason.UNKNOWN_IDENTITY, "This Word document"
                    + " is not a checklist (nor a review copy) issued by the secretariat, or not one this desk takes. Answer in the"
                    + " checklist (.docx) you received, without copying its content into another document, and send"
                    + " that file."), Optional.empty());
        }
        try {
            return handler.get().take(received, reading);
        } catch (ReturnRefused refused) {
            return rejections.refuse(received, refused.refusal(), refused.claimed());
        }
    }

    /** Answers a registered submission that was never answered (a crash came between register and answer). */
    private Acknowledgement finish(Received received, SubmissionRecord registered) {
        IntakeFacts facts = intake.facts(registered.id()).orElse(null);
        if (registered.outcome() == Outcome.REFUSED && facts != null && IntakeRegister.HELD.equals(facts.reasonCode())) {
            // Registered to be held when a stop came before its hold was recorded: tried again, held again if it fails.
            return examine(received);
        }
        if (registered.outcome() == Outcome.REFUSED) {
            return rejections.answer(received, registered, facts, null);
        }
        OpenedDocument opened = opening.open(received.archived());
        DocxReading reading = opened.reading().orElseThrow(() -> new IllegalStateException("Submission "
                + registered.id() + " was accepted but its archived copy " + received.archived() + " cannot be read"));
        ReturnHandler handler = handlers.stream().filter(h -> h.recognises(reading)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler recognises accepted submission " + registered.id()));
        // A refusal thrown here would contradict what is registered: like any failure, it holds the file.
        return handler.finish(received, reading, registered);
    }

    /** Answers, now normally, a file held before whose same bytes were taken again (the cause fixed). */
    private Acknowledgement finishedAfterHold(Received received, SubmissionRecord held) {
        Acknowledgement answered = finish(received, held);
        intake.release(held.id(), received.sha256(), clock.instant(),
                answered.filesWritten().stream().map(Path::toString).toList());
        return answered;
    }

    /**
     * The same bytes as a file refused before: answered with the same refusal, not "already
     * received", since that answer asked for another file (an empty file sent twice is told again
     * that it is empty). The copy in {@code rejected/} is not written twice.
     */
    private Acknowledgement refusedAgain(Received received, SubmissionRecord refused) {
        Arrival arrival = received.arrival();
        intake.logDuplicate(received.sha256(), arrival.sender(), arrival.originalName(), arrival.receivedAt());
        return rejections.answer(received, refused, intake.facts(refused.id()).orElse(null), null);
    }

    /**
     * True when the same bytes were refused for a reason that lies outside them (who sent them,
     * which folder, which handlers the desk has): they are examined again, so the right sender, a
     * newly registered focal point or the reviews' handler can take them, instead of "already received".
     */
    private boolean examinedAgain(SubmissionRecord earlier) {
        return earlier.outcome() == Outcome.REFUSED && intake.facts(earlier.id())
                .map(facts -> IntakeRegister.RETAKEN_AFTER.contains(facts.reasonCode())).orElse(false);
    }

    private Acknowledgement duplicate(Received received, SubmissionRecord earlier) {
        Arrival arrival = received.arrival();
        IntakeFacts facts = intake.facts(earlier.id()).orElse(null);
        Language language = facts == null ? Language.EN : facts.language();
        intake.logDuplicate(received.sha256(), arrival.sender(), arrival.originalName(), arrival.receivedAt());
        Map<String, Object> model = new HashMap<>();
        model.put("fileName", arrival.originalName());
        model.put("earlierName", earlier.originalName());
        model.put("firstReceived", AnswerWording.when(earlier.receivedAt(), language));
        model.put("firstReceivedDay", AnswerWording.day(earlier.receivedAt(), language));
        model.put("version", earlier.version() == null ? "" : earlier.version().toString());
        model.put("accepted", earlier.outcome() == Outcome.ACCEPTED);
        MailTexts.Text text = texts.render("duplicate", language, model);
        return new Acknowledgement(Disposition.DUPLICATE, received.sha256(), facts == null ? null : facts.state(),
                language, null, arrival.originalName() + ": already received on "
                + earlier.receivedAt().truncatedTo(ChronoUnit.SECONDS)
                + " as " + earlier.originalName() + "; not processed again", List.of(),
                new Reply(arrival.sender(), text.subject(), text.body(), List.of()));
    }
}
