package org.irm.followup;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.docx.CommentedCopy;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.WordPackage;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Finding;
import org.irm.register.FocalPoints;
import org.irm.register.FollowUpReturn;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Recommendations;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.submission.Acknowledgement;
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
import org.irm.submission.screening.Check;
import org.irm.submission.DeskGround;
import org.irm.submission.SealCheck;
import org.irm.submission.SenderCheck;

/**
 * The return desk's handler for filled follow-up forms. It recognises a form by its sealed identity
 * (the {@link FollowUpForms#FORM_FORMAT} it carries), checks it as checklists are checked (the seal,
 * the sender a focal point of the form's State, the per-State folder the State's own), reads and
 * validates it ({@link FormReading}), then registers it as a checklist return is registered: a
 * submission of its form (sha256, sender, source, the next version of the form's history, the file
 * kept in the archive) together with the return and one new status entry per item, in one
 * transaction ({@link Recommendations#takeReturn}, the commit point). It then answers in the form's
 * language: a receipt in {@code outbox/<ISO3>/}, where something is to fix a copy of the State's own
 * file with a comment at each place, and the reply, posted before the submission is marked answered.
 * A crash after the commit leaves the submission unanswered: the desk answers it on start, or when
 * the same bytes come again, from the archived copy, once; only a file answered before is "already
 * received". A refusal is thrown before anything is recorded, for the desk to register and answer.
 */
public final class FollowUpReturns implements ReturnHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IdentityVerifier verifier;
    private final Check<ChecklistReturn> checks;
    private final Recommendations register;
    private final FollowUpLabels labels;
    private final CommentedCopy commenter;
    private final PackageLimits limits;
    private final Path outbox;
    private final IntakeRegister intake;
    private final ReplyPost replies;
    private final Clock clock;

    /**
     * @param checks the identity checks a checklist passes (seal, sender, folder), applied to forms alike
     * @param outbox  the outbox root; receipts and annotated copies go into {@code <outbox>/<ISO3>/}
     * @param intake  where a return is marked answered (and found unanswered after a crash)
     * @param replies where the reply to an e-mailed form is posted before it counts as answered
     */
    public FollowUpReturns(IdentityVerifier verifier, List<ChecklistCheck> checks, Recommendations register,
                           FollowUpLabels labels, CommentedCopy commenter, PackageLimits limits, Path outbox,
                           IntakeRegister intake, ReplyPost replies, Clock clock) {
        this.verifier = verifier;
        this.checks = Check.inOrder(checks);
        this.register = register;
        this.labels = labels;
        this.commenter = commenter;
        this.limits = limits;
        this.outbox = outbox;
        this.intake = intake;
        this.replies = replies;
        this.clock = clock;
    }

    /** The handler for the configured register, key, templates and watch folders (as the desk is built). */
    public static FollowUpReturns from(IrmConfig config, Register register, Clock clock) {
        DeskGround desk = DeskGround.from(config, register);
        Function<String, String> names = desk.stateNames();
        PackageLimits limits = PackageLimits.DEFAULTS.withMaxFileBytes(
                (long) config.getInt(Setting.MAX_FILE_MB) << 20);
        String author = config.get(Setting.INTAKE_COMMENT_AUTHOR);
        return new FollowUpReturns(desk.verifier(),
                List.of(new SealCheck(), new SenderCheck(new FocalPoints(register), names), new FolderCheck(names)),
                register.recommendations(), FollowUpLabels.load(config.templates()),
                new CommentedCopy(author, config.get(Setting.INTAKE_COMMENT_INITIALS), limits), limits,
                desk.outbox(), desk.intake(), desk.replies(), clock);
    }

    /** A form, sealed or not: recognised by the format its identity names, so a forged one is refused here with its reason. */
    @Override
    public boolean recognises(DocxReading reading) {
        return verifier.check(reading).identity().map(id -> FollowUpForms.FORM_FORMAT.equals(id.catalogueVersion()))
                .orElse(false);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        Assessed assessed = assess(received, reading);
        ChecklistIdentity claimed = assessed.form();
        Optional<FollowUpReturn> recordedBefore = register.returnBySha256(received.sha256());
        if (recordedBefore.isPresent()) {
            // Recorded before returns were registered as submissions: answered then, so "already received".
            return duplicate(received, claimed, recordedBefore.get());
        }
        Arrival arrival = received.arrival();
        Recommendations.TakenReturn taken = register.takeReturn(
                new NewSubmission(received.sha256(), claimed.checklistId(), arrival.source(), arrival.sender(),
                        arrival.originalName(), arrival.receivedAt(), Outcome.ACCEPTED, null, findings(claimed, assessed)),
                new IntakeFacts(claimed.state(), claimed.reviewId(), claimed.part(), claimed.language(), null,
                        arrival.folderState(), arrival.messageId()),
                new Recommendations.NewReturn(received.sha256(), claimed.checklistId().toString(), claimed.reviewId(),
                        claimed.state(), claimed.language(), arrival.source(), arrival.sender(), arrival.originalName(),
                        arrival.receivedAt(), encode(assessed.findings())),
                assessed.statuses());
        // Registered by another instance meanwhile: answering again writes and posts nothing twice.
        return answer(received, claimed, taken.submission(), assessed.statuses().size(), assessed.findings());
    }

    /**
     * Answers a return registered before a crash came between its registration and its answer, from
     * its archived copy (read again as when it was taken) and its registered version; records nothing.
     */
    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        Assessed assessed;
        try {
            assessed = assess(received, reading);
        } catch (ReturnRefused refused) {
            throw new IllegalStateException("Follow-up return " + registered.id() + " was registered as accepted, but its"
                    + " archived copy is now refused: " + refused.refusal().message());
        }
        return answer(received, assessed.form(), registered, assessed.statuses().size(), assessed.findings());
    }

    /** A form checked and read: its identity, what it reports on each known item, and what is to fix. */
    private record Assessed(ChecklistIdentity form, List<Recommendations.NewStatus> statuses,
                            List<FormReading.FormFinding> findings) { }

    /** Checks the form's identity, sender and folder, reads it; throws {@link ReturnRefused} when it is refused. */
    private Assessed assess(Received received, DocxReading reading) {
        IdentityCheck identity = verifier.check(reading);
        ChecklistIdentity claimed = identity.identity().orElseThrow();
        Optional<Refusal> refusal = checks.check(new ChecklistReturn(received, reading, identity));
        if (refusal.isPresent()) {
            throw new ReturnRefused(refusal.get(), claimed);
        }
        FormReading.Read read;
        try (WordPackage pkg = WordPackage.open(received.archived(), limits)) {
            read = new FormReading(labels).read(reading, pkg, identity.manifest());
        } catch (RefusedDocumentException e) {
            throw new ReturnRefused(new Refusal(RefusalReason.CORRUPT, "The follow-up form cannot be read (" + e.getMessage()
                    + "). Save it again from Word as a Word Document (.docx) and send it again."), claimed);
        }
        List<FormReading.FormFinding> findings = new ArrayList<>(read.findings());
        List<Recommendations.NewStatus> statuses = new ArrayList<>();
        Arrival arrival = received.arrival();
        String reportedBy = arrival.sender() != null ? arrival.sender() : claimed.state();
        for (FormReading.ItemReport item : read.items()) {
            if (register.item(item.itemId()).isEmpty()) {
                findings.add(new FormReading.FormFinding(item.itemId(), "finding.unknownItem", List.of(), null));
                continue;
            }
            statuses.add(new Recommendations.NewStatus(item.itemId(), item.status(), reportedBy, item.measures(),
                    item.evidence(), item.taNeeded(), item.steps()));
        }
        return new Assessed(claimed, statuses, findings);
    }

    /** The findings as the submission keeps them (codes and arguments; the item id first among the arguments). */
    private static List<Finding> findings(ChecklistIdentity form, Assessed assessed) {
        return assessed.findings().stream().map(f -> {
            List<String> arguments = new ArrayList<>();
            arguments.add(f.itemId());
            arguments.addAll(f.arguments());
            return new Finding(form.state(), null, f.code().replaceFirst("^finding\\.", ""), arguments);
        }).toList();
    }

    /**
     * Writes the receipt (and, where there are findings, the annotated copy), posts the reply, then
     * marks the submission answered. Files written before are reused, so answering again after a
     * crash writes nothing twice; the reply is posted once per arrival ({@link ReplyPost}).
     */
    private Acknowledgement answer(Received received, ChecklistIdentity form, SubmissionRecord registered, int reported,
                                   List<FormReading.FormFinding> findings) {
        int version = registered.version() == null ? 0 : registered.version();
        Language language = form.language();
        Arrival arrival = received.arrival();
        Path folder = outbox.resolve(form.state());
        String base = safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path annotated = findings.isEmpty() ? null : annotatedCopy(received, findings, language, folder.resolve(base + "-to-fix.docx"));
            String subject = labels.text(language, "receipt.subject", form.state(), Integer.toString(version));
            StringBuilder body = new StringBuilder(labels.text(language, "receipt.body", arrival.originalName(),
                    WHEN.format(registered.receivedAt()), Integer.toString(version), Integer.toString(reported)));
            body.append("\n\n");
            if (findings.isEmpty()) {
                body.append(labels.text(language, "receipt.noFindings")).append('\n');
            } else {
                body.append(labels.text(language, "receipt.findings")).append('\n');
                for (FormReading.FormFinding finding : findings) {
                    body.append("  - ").append(shortId(finding.itemId())).append(": ")
                            .append(labels.text(language, finding.code(), finding.arguments().toArray())).append('\n');
                }
                if (annotated != null) {
                    body.append('\n').append(labels.text(language, "receipt.annotated", annotated.getFileName())).append('\n');
                }
            }
            Path receipt = folder.resolve(base + "-receipt.txt");
            if (!Files.exists(receipt)) {
                Files.write(receipt, (subject + "\n\n" + body).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
            }
            written.add(receipt);
            if (annotated != null) {
                written.add(annotated);
            }
            String message = String.format(Locale.ROOT, "%s registered: %s follow-up form, version %d, %d items,"
                    + " %d findings", arrival.originalName(), form.state(), version, reported, findings.size());
            Acknowledgement acknowledgement = new Acknowledgement(Disposition.REGISTERED, received.sha256(), form.state(),
                    language, null, message, written, new Reply(arrival.sender(), subject, body.toString(),
                    annotated == null ? List.of() : List.of(annotated)));
            // The reply is on its way before the return counts as answered: a crash in between leaves it
            // unanswered, and answering it again posts the same reply once.
            replies.post(arrival, acknowledgement);
            intake.markAnswered(registered.id(), received.sha256(), clock.instant(),
                    written.stream().map(Path::toString).toList());
            return acknowledgement;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the answer into " + folder + ": " + e.getMessage(), e);
        }
    }

    private Acknowledgement duplicate(Received received, ChecklistIdentity form, FollowUpReturn earlier) {
        Language language = form.language();
        Arrival arrival = received.arrival();
        String subject = labels.text(language, "receipt.duplicateSubject", arrival.originalName());
        String body = labels.text(language, "receipt.duplicateBody", arrival.originalName(), WHEN.format(earlier.receivedAt()),
                earlier.originalName(), Integer.toString(earlier.version()));
        return new Acknowledgement(Disposition.DUPLICATE, received.sha256(), form.state(), language, null,
                arrival.originalName() + ": already received on " + WHEN.format(earlier.receivedAt()) + " as "
                        + earlier.originalName() + "; not processed again", List.of(),
                new Reply(arrival.sender(), subject, body, List.of()));
    }

    /** The State's file with a comment at each place to fix; null when none could be placed. Written once. */
    private Path annotatedCopy(Received received, List<FormReading.FormFinding> findings, Language language, Path target)
            throws IOException {
        if (Files.exists(target)) {
            return target;
        }
        Map<String, List<String>> byBookmark = new LinkedHashMap<>();
        for (FormReading.FormFinding finding : findings) {
            if (finding.bookmark() != null) {
                byBookmark.computeIfAbsent(finding.bookmark(), b -> new ArrayList<>())
                        .add(labels.text(language, finding.code(), finding.arguments().toArray()));
            }
        }
        if (byBookmark.isEmpty()) {
            return null;
        }
        List<CommentedCopy.PlacedComment> comments = new ArrayList<>();
        byBookmark.forEach((bookmark, lines) -> comments.add(new CommentedCopy.PlacedComment(bookmark, String.join("\n", lines))));
        try {
            return commenter.write(received.archived(), comments, clock.instant(), target).isEmpty() ? null : target;
        } catch (RefusedDocumentException e) {
            return null;
        }
    }

    private static String encode(List<FormReading.FormFinding> findings) {
        return String.join("\n", findings.stream().map(f -> f.itemId() + "\u001f" + f.code() + "\u001f"
                + String.join("\u001f", f.arguments())).toList());
    }

    private static String shortId(String itemId) {
        return itemId.substring(itemId.indexOf('/') + 1);
    }

    /** A file name's base safe for any file system (letters, digits, '.', '_', '-'), at most 60 characters. */
    static String safeBase(String originalName) {
        String name = originalName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (base.isEmpty()) {
            base = "form";
        }
        return base.length() > 60 ? base.substring(0, 60) : base;
    }
}
