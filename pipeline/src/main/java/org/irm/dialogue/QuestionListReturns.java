package org.irm.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Answer;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.FocalPoints;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.submission.Acknowledgement;
import org.irm.submission.AnswerExtractor;
import org.irm.submission.Arrival;
import org.irm.submission.ChecklistCheck;
import org.irm.submission.ChecklistReturn;
import org.irm.submission.Disposition;
import org.irm.submission.FolderCheck;
import org.irm.submission.Received;
import org.irm.submission.Reply;
import org.irm.submission.ReplyPost;
import org.irm.submission.ReturnHandler;
import org.irm.submission.ReturnRefused;
import org.irm.submission.DeskGround;
import org.irm.submission.SealCheck;
import org.irm.submission.SenderCheck;
import org.irm.submission.screening.Check;

/**
 * The return desk's handler for answered question lists (the written dialogue, issue 18). It recognises
 * a list by its sealed identity (the {@link #LIST_FORMAT} it carries), checks it as checklists are checked
 * (the seal; the list's own State: another State's focal point or folder is refused
 * {@code FOREIGN_QUESTION_LIST}; an unknown address {@code UNKNOWN_SENDER}), reads the answer of each
 * question from its content control (tag, bookmark or field map, as a checklist's answers), then registers
 * the file as a submission of its list together with every answer written, in one transaction (the commit
 * point, {@link DialogueRecords#takeAnswers}). A question left empty stays open; a later return of the same
 * list supersedes the answers it gives again, and the earlier ones are kept. It answers in the list's
 * language: a receipt in {@code outbox/<ISO3>/} naming the questions still open, and the reply, posted
 * before the submission is marked answered, so a crash in between is answered once on start.
 */
public final class QuestionListReturns implements ReturnHandler {

    /**
     * The catalogue-version value a question list's sealed identity carries: it tells the desk a
     * question list from a checklist (the seal covers it, so it cannot be changed).
     */
    public static final String LIST_FORMAT = "dialogue-1";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IdentityVerifier verifier;
    private final Check<ChecklistReturn> checks;
    private final DialogueRecords records;
    private final DialogueLabels labels;
    private final Askers askers;
    private final Path outbox;
    private final IntakeRegister intake;
    private final ReplyPost replies;
    private final Clock clock;
    private final AnswerExtractor extractor = new AnswerExtractor();

    QuestionListReturns(IdentityVerifier verifier, List<ChecklistCheck> checks, DialogueRecords records,
                        DialogueLabels labels, Askers askers, Path outbox, IntakeRegister intake, ReplyPost replies,
                        Clock clock) {
        this.verifier = verifier;
        this.checks = Check.inOrder(checks);
        this.records = records;
        this.labels = labels;
        this.askers = askers;
        this.outbox = outbox;
        this.intake = intake;
        this.replies = replies;
        this.clock = clock;
    }

    /** The handler for the configured register, key, templates and watch folders (as the desk is built). */
    public static QuestionListReturns from(IrmConfig config, Register register, Clock clock) {
        DeskGround desk = DeskGround.from(config, register);
        Function<String, String> names = desk.stateNames();
        DialogueLabels labels = DialogueLabels.load(config.templates());
        FocalPoints focalPoints = new FocalPoints(register);
        return new QuestionListReturns(desk.verifier(),
                List.of(new SealCheck(), new ListStateCheck(focalPoints, names), new SenderCheck(focalPoints, names),
                        new FolderCheck(names)),
                register.dialogue(), labels, new Askers(desk.states().names(), labels), desk.outbox(), desk.intake(),
                desk.replies(), clock);
    }

    /** A question list, sealed or not: recognised by the format its identity names, so a forged one is refused here. */
    @Override
    public boolean recognises(DocxReading reading) {
        return verifier.check(reading).identity().map(id -> LIST_FORMAT.equals(id.catalogueVersion())).orElse(false);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        Assessed assessed = assess(received, reading);
        ChecklistIdentity list = assessed.identity();
        Arrival arrival = received.arrival();
        DialogueRecords.TakenAnswers taken = records.takeAnswers(
                NewSubmission.accepted(received.sha256(), list.checklistId(), arrival.source(), arrival.sender(),
                        arrival.originalName(), arrival.receivedAt()),
                new IntakeFacts(list.state(), list.reviewId(), list.part(), list.language(), null, arrival.folderState(),
                        arrival.messageId()),
                assessed.list(), answeredBy(arrival, list), assessed.answers(), assessed.stillOpen().size());
        // Registered by another instance meanwhile: answering again writes and posts nothing twice.
        return answer(received, list, taken.submission(), assessed);
    }

    /** Answers a return registered before a crash came between its registration and its answer; records nothing. */
    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        Assessed assessed;
        try {
            assessed = assess(received, reading);
        } catch (ReturnRefused refused) {
            throw new IllegalStateException("Question list return " + registered.id() + " was registered as accepted, but"
                    + " its archived copy is now refused: " + refused.refusal().message());
        }
        return answer(received, assessed.identity(), registered, assessed);
    }

    /** A list checked and read: its identity and record, the answers it gives, and the questions of it still open. */
    private record Assessed(ChecklistIdentity identity, DialogueRecords.QuestionList list,
                            List<DialogueRecords.NewAnswer> answers, List<DialogueQuestion> stillOpen) { }

    private Assessed assess(Received received, DocxReading reading) {
        IdentityCheck identity = verifier.check(reading);
        ChecklistIdentity claimed = identity.identity().orElseThrow();
        Optional<Refusal> refusal = checks.check(new ChecklistReturn(received, reading, identity));
        if (refusal.isPresent()) {
            throw new ReturnRefused(refusal.get(), claimed);
        }
        DialogueRecords.QuestionList list = records.list(claimed.checklistId().toString()).orElseThrow(() ->
                new ReturnRefused(new Refusal(RefusalReason.UNKNOWN_IDENTITY, "This question list was not written by"
                        + " this secretariat's register (another installation's, or restored from elsewhere): its answers"
                        + " cannot be placed. Answer the question list the secretariat sent you."), claimed));
        Set<Long> carried = new HashSet<>(list.questionIds());
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (FieldMapEntry entry : identity.manifest().fields()) {
            placeholders.put(entry.field().toString(), entry.placeholder() == null ? "" : entry.placeholder().strip());
        }
        Map<Long, DialogueQuestion> questions = new LinkedHashMap<>();
        records.ofState(list.state(), list.reviewId()).stream().filter(q -> carried.contains(q.id()))
                .forEach(q -> questions.put(q.id(), q));
        List<DialogueRecords.NewAnswer> answers = new ArrayList<>();
        Set<Long> answeredNow = new HashSet<>();
        for (Answer answer : extractor.extract(reading, identity.manifest()).answers()) {
            Optional<Long> question = DialogueFields.questionOf(answer.fieldId());
            String text = answer.value() == null ? "" : answer.value().strip();
            // Only the questions the list carried: a field added to the file by hand answers nothing.
            if (question.isEmpty() || !questions.containsKey(question.get()) || text.isEmpty()
                    || text.equals(placeholders.get(answer.fieldId().toString()))) {
                continue;
            }
            // The same answer again (a second return that changed other answers) supersedes nothing; an answer
            // this very file gave (registered before a crash, answered now) still counts as this file's.
            DialogueQuestion asked = questions.get(question.get());
            boolean fromThisFile = asked.answers().stream().anyMatch(a -> a.sha256().equals(received.sha256()));
            boolean unchanged = !fromThisFile && asked.answer().map(a -> a.text().equals(text)).orElse(false);
            if (!unchanged && answeredNow.add(question.get())) {
                answers.add(new DialogueRecords.NewAnswer(question.get(), text));
            }
        }
        List<DialogueQuestion> stillOpen = questions.values().stream()
                .filter(q -> q.answers().stream().allMatch(a -> a.sha256().equals(received.sha256()))
                        && !answeredNow.contains(q.id())).toList();
        return new Assessed(claimed, list, answers, stillOpen);
    }

    private static String answeredBy(Arrival arrival, ChecklistIdentity list) {
        return arrival.sender() != null ? arrival.sender() : list.state();
    }

    /**
     * Writes the receipt, posts the reply, then marks the submission answered. A receipt written before
     * is reused, so answering again after a crash writes nothing twice; the reply is posted once per arrival.
     */
    private Acknowledgement answer(Received received, ChecklistIdentity list, SubmissionRecord registered, Assessed assessed) {
        int version = registered.version() == null ? 0 : registered.version();
        Language language = list.language();
        Arrival arrival = received.arrival();
        Path folder = outbox.resolve(list.state());
        String base = safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
        try {
            Files.createDirectories(folder);
            String subject = labels.text(language, "receipt.subject", arrival.originalName(), list.reviewId());
            StringBuilder body = new StringBuilder(labels.text(language, "receipt.body", arrival.originalName(),
                    WHEN.format(registered.receivedAt()), Integer.toString(version),
                    Integer.toString(assessed.answers().size()), Integer.toString(assessed.stillOpen().size())));
            body.append("\n\n");
            if (assessed.stillOpen().isEmpty()) {
                body.append(labels.text(language, "receipt.none")).append('\n');
            } else {
                body.append(labels.text(language, "receipt.open")).append('\n');
                for (DialogueQuestion open : assessed.stillOpen()) {
                    body.append("  - ").append(open.provisionId()).append(" (").append(askers.name(open.askedBy(), language))
                            .append("): ").append(firstLine(open.text())).append('\n');
                }
            }
            Path receipt = folder.resolve(base + "-receipt.txt");
            if (!Files.exists(receipt)) {
                Files.write(receipt, (subject + "\n\n" + body).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
            }
            String message = arrival.originalName() + " registered: " + list.state() + " question list, version " + version
                    + ", " + assessed.answers().size() + " answers, " + assessed.stillOpen().size() + " questions still open";
            Acknowledgement acknowledgement = new Acknowledgement(Disposition.REGISTERED, received.sha256(), list.state(),
                    language, null, message, List.of(receipt), new Reply(arrival.sender(), subject, body.toString(), List.of()));
            // The reply is on its way before the return counts as answered: a crash in between leaves it
            // unanswered, and answering it again posts the same reply once.
            replies.post(arrival, acknowledgement);
            intake.markAnswered(registered.id(), received.sha256(), clock.instant(), List.of(receipt.toString()));
            return acknowledgement;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the answer into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    /** A file name's base safe for any file system (letters, digits, '.', '_', '-'), at most 60 characters. */
    static String safeBase(String originalName) {
        String name = originalName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "questions";
        }
        return base.length() > 60 ? base.substring(0, 60) : base;
    }
}
