package org.irm.submission;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.mail.MailTexts;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds for the secretariat a file the desk failed on (its reader or its answer's writer threw):
 * so that no file can stop the intake, the failure ends here, for that file alone, instead of
 * leaving it to be tried again at every look and every start.
 * <ul>
 *   <li>what was registered stays registered (an accepted return keeps its version and answers);
 *       a file that failed before anything was decided is registered as refused,
 *       {@value IntakeRegister#HELD};</li>
 *   <li>a copy goes to {@code rejected/} with {@code .reason.txt} (what failed, with the trace);</li>
 *   <li>the submission is marked answered and held ({@code submission.held} in the event log);</li>
 *   <li>the sender is told, in the checklist's language, that the file was received and the
 *       secretariat will look at it ({@code templates/mail/held_<lang>.ftl}).</li>
 * </ul>
 * The original stays in the archive; the same bytes taken again (dropped into the inbox once the
 * cause is fixed) are processed again.
 */
final class Quarantine {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);
    private static final int NAME_COLUMN = 500;
    private static final int SENDER_COLUMN = 320;

    private final Register register;
    private final IntakeRegister intake;
    private final Rejections rejections;
    private final MailTexts texts;
    private final Clock clock;

    Quarantine(Register register, Rejections rejections, MailTexts texts, Clock clock) {
        this.register = register;
        this.intake = new IntakeRegister(register);
        this.rejections = rejections;
        this.texts = texts;
        this.clock = clock;
    }

    /** Holds the file the desk failed on; throws (the failure, with this one suppressed) only when holding fails too. */
    Acknowledgement hold(Received received, Throwable failure) {
        Arrival arrival = received.arrival();
        String what = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        LOG.error("{} ({}) could not be processed and is held for the secretariat, see rejected/: {}",
                LogText.of(arrival.originalName()), received.sha256(), LogText.of(what));
        try {
            Optional<SubmissionRecord> known = register.submissionBySha256(received.sha256());
            SubmissionRecord submission;
            IntakeFacts facts;
            if (known.isPresent()) {
                submission = known.get();
                facts = intake.facts(submission.id()).orElse(null);
            } else {
                facts = new IntakeFacts(null, null, null, rejections.languagesFor(null).get(0), IntakeRegister.HELD,
                        arrival.folderState(), arrival.messageId());
                submission = intake.record(new NewSubmission(received.sha256(), null, arrival.source(),
                        bounded(arrival.sender(), SENDER_COLUMN), bounded(arrival.originalName(), NAME_COLUMN),
                        arrival.receivedAt(), Outcome.REFUSED, bounded(IntakeRegister.HELD + ": " + what, 2000),
                        List.of()), List.of(), facts).submission();
            }
            List<Path> written = rejections.keep(received, IntakeRegister.HELD, reasonText(what, failure));
            Acknowledgement held = acknowledgement(received, submission, facts, what, written);
            // Queued before the hold is recorded, as every answer: a stop in between answers it on start, once.
            rejections.replies().post(arrival, held);
            intake.markHeld(submission.id(), received.sha256(), clock.instant(),
                    written.stream().map(Path::toString).toList(), what);
            return held;
        } catch (RuntimeException holdingFailed) {
            failure.addSuppressed(holdingFailed);
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(what, failure);
        }
    }

    private Acknowledgement acknowledgement(Received received, SubmissionRecord submission, IntakeFacts facts,
                                            String what, List<Path> written) {
        Arrival arrival = received.arrival();
        boolean registered = submission.outcome() == Outcome.ACCEPTED;
        List<Language> languages = rejections.languagesFor(facts);
        Reply reply = Reply.inEach(arrival.sender(), languages, language -> {
            Map<String, Object> model = new HashMap<>();
            model.put("fileName", arrival.originalName());
            model.put("received", AnswerWording.when(submission.receivedAt(), language));
            model.put("registered", registered);
            model.put("version", submission.version() == null ? "" : submission.version().toString());
            model.put("sha256", received.sha256());
            return texts.render("held", language, model);
        });
        String message = arrival.originalName() + " held for the secretariat (" + IntakeRegister.HELD + "): "
                + (registered ? "registered as version " + submission.version() + ", but " : "") + "could not be processed ("
                + what + "); a copy and the reason are in " + written.get(0).getParent();
        return new Acknowledgement(Disposition.HELD, received.sha256(), facts == null ? null : facts.state(),
                languages.get(0), IntakeRegister.HELD, message, written, reply);
    }

    /** The reason file's text: a sentence for the secretariat, then the failure as the program saw it. */
    private static String reasonText(String what, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return "The desk could not process this file (" + what + "). The sender was told the secretariat will look at"
                + " it. Once the cause is fixed, place this copy in the inbox folder again (or take it with irm ingest):"
                + " the same bytes are processed again. What was registered before the failure stays registered.\n\n"
                + "What failed:\n" + trace;
    }

    private static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
