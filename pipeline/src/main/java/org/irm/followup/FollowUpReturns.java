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
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
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
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityVerifier;
import org.irm.register.FocalPoints;
import org.irm.register.FollowUpReturn;
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
import org.irm.submission.ReturnHandler;
import org.irm.submission.ReturnRefused;
import org.irm.submission.screening.Check;
import org.irm.submission.SealCheck;
import org.irm.submission.SenderCheck;

/**
 * The return desk's handler for filled follow-up forms. It recognises a form by its sealed identity
 * (the {@link FollowUpForms#FORM_FORMAT} it carries), checks it as checklists are checked (the seal,
 * the sender a focal point of the form's State, the per-State folder the State's own), reads and
 * validates it ({@link FormReading}), records the return and one new status entry per item in one
 * transaction (the commit point; the same bytes twice are recorded once and answered "already
 * received"), then answers in the form's language: a receipt in {@code outbox/<ISO3>/}, the reply, and
 * where something is to fix, a copy of the State's own file with a comment at each place.
 * A refusal is thrown before anything is recorded, for the desk to register and answer.
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
    private final Clock clock;

    /**
     * @param checks the identity checks a checklist passes (seal, sender, folder), applied to forms alike
     * @param outbox the outbox root; receipts and annotated copies go into {@code <outbox>/<ISO3>/}
     */
    public FollowUpReturns(IdentityVerifier verifier, List<ChecklistCheck> checks, Recommendations register,
                           FollowUpLabels labels, CommentedCopy commenter, PackageLimits limits, Path outbox, Clock clock) {
        this.verifier = verifier;
        this.checks = Check.inOrder(checks);
        this.register = register;
        this.labels = labels;
        this.commenter = commenter;
        this.limits = limits;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The handler for the configured register, key, templates and watch folders (as the desk is built). */
    public static FollowUpReturns from(IrmConfig config, Register register, Clock clock) {
        StateList states;
        try {
            states = StateList.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        Function<String, String> names = iso3 -> states.find(iso3)
                .map(s -> s.name() + " (" + iso3 + ")").orElse(iso3);
        PackageLimits limits = PackageLimits.DEFAULTS.withMaxFileBytes(
                (long) config.getInt(Setting.MAX_FILE_MB) << 20);
        String author = config.get(Setting.INTAKE_COMMENT_AUTHOR);
        return new FollowUpReturns(new IdentityVerifier(new IdentitySeal(
                SecretKeys.sealingKey(config))),
                List.of(new SealCheck(), new SenderCheck(
                        new FocalPoints(register), names), new FolderCheck(names)),
                register.recommendations(), FollowUpLabels.load(config.templates()),
                new CommentedCopy(author, config.get(Setting.INTAKE_COMMENT_INITIALS), limits), limits,
                config.path(Setting.WATCH_ROOT).resolve("outbox"), clock);
    }

    /** A form, sealed or not: recognised by the format its identity names, so a forged one is refused here with its reason. */
    @Override
    public boolean recognises(DocxReading reading) {
        return verifier.check(reading).identity().map(id -> FollowUpForms.FORM_FORMAT.equals(id.catalogueVersion()))
                .orElse(false);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
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
        Recommendations.RecordedReturn recorded = register.recordReturn(new Recommendations.NewReturn(received.sha256(),
                claimed.checklistId().toString(), claimed.reviewId(), claimed.state(), claimed.language(), arrival.source(),
                arrival.sender(), arrival.originalName(), arrival.receivedAt(), encode(findings)), statuses);
        if (recorded.duplicate()) {
            return duplicate(received, claimed, recorded.recorded());
        }
        return answer(received, claimed, recorded.recorded(), statuses.size(), findings);
    }

    /** Forms are recorded in the recommendation register, not as submissions: taking one again is idempotent. */
    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        return take(received, reading);
    }

    private Acknowledgement answer(Received received, ChecklistIdentity form, FollowUpReturn recorded, int reported,
                                   List<FormReading.FormFinding> findings) {
        Language language = form.language();
        Arrival arrival = received.arrival();
        Path folder = outbox.resolve(form.state());
        String base = safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path annotated = findings.isEmpty() ? null : annotatedCopy(received, findings, language, folder.resolve(base + "-to-fix.docx"));
            String subject = labels.text(language, "receipt.subject", form.state(), Integer.toString(recorded.version()));
            StringBuilder body = new StringBuilder(labels.text(language, "receipt.body", arrival.originalName(),
                    WHEN.format(arrival.receivedAt()), Integer.toString(recorded.version()), Integer.toString(reported)));
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
                    + " %d findings", arrival.originalName(), form.state(), recorded.version(), reported, findings.size());
            return new Acknowledgement(Disposition.REGISTERED, received.sha256(), form.state(), language, null, message,
                    written, new Reply(arrival.sender(), subject, body.toString(), annotated == null ? List.of() : List.of(annotated)));
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
