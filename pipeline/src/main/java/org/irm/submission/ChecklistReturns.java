package org.irm.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.docx.CommentedCopy;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.docx.RefusedDocumentException;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityFormat;
import org.irm.identity.IdentityVerifier;
import org.irm.mail.MailTexts;
import org.irm.register.Answer;
import org.irm.register.AnswerConflict;
import org.irm.register.Event;
import org.irm.register.Finding;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.MasterChecklists;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Recording;
import org.irm.register.RegisterException;
import org.irm.register.SubmissionRecord;

/**
 * Takes in States' returned checklists: checks the identity, sender and folder
 * ({@link ChecklistCheck}s), reads every answer, validates them against the catalogue, registers
 * them as the checklist's next version, and answers in the checklist's language: a receipt in
 * {@code watch-folders/outbox/<ISO3>/}, the reply, and, where there are findings, a copy of the
 * State's own file with a comment from the secretariat on each field to fix.
 */
public final class ChecklistReturns implements ReturnHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChecklistReturns.class);

    /** Who the annotated copy's comments are from, and the folder receipts go to. */
    public record Answering(Path outbox, String commentAuthor, String commentInitials) { }

    private final IdentityVerifier verifier;
    private final ChecklistCheck checks;
    private final DocumentInspector.Catalogues catalogues;
    private final I18nLabels labels;
    private final IntakeRegister register;
    private final Rejections rejections;
    private final ReplyPost replies;
    private final MailTexts texts;
    private final Answering answering;
    private final CommentedCopy commenter;
    private final Function<String, String> stateNames;
    private final Clock clock;
    private final AnswerExtractor extractor = new AnswerExtractor();
    private final MasterChecklists masters;
    private final org.irm.register.Register registerOfEvents;

    ChecklistReturns(IdentityVerifier verifier, ChecklistCheck checks, DocumentInspector.Catalogues catalogues,
                     I18nLabels labels, IntakeRegister register, Rejections rejections, ReplyPost replies,
                     MailTexts texts, Answering answering, CommentedCopy commenter, Function<String, String> stateNames, Clock clock,
                     org.irm.register.Register events) {
        this.verifier = verifier;
        this.checks = checks;
        this.catalogues = catalogues;
        this.labels = labels;
        this.register = register;
        this.rejections = rejections;
        this.replies = replies;
        this.texts = texts;
        this.answering = answering;
        this.commenter = commenter;
        this.stateNames = stateNames;
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
        Read read;
        try {
            identity = verifier.check(reading);
            Optional<Refusal> refusal = checks.check(new ChecklistReturn(received, reading, identity));
            if (refusal.isPresent()) {
                return rejections.refuse(received, refusal.get(), identity.identity().orElse(null));
            }
            read = read(reading, identity.manifest());
        } catch (RegisterException pipelineDown) {
            throw pipelineDown;
        } catch (RuntimeException unreadable) {
            // A file our reader cannot make sense of must not come back forever: it is refused, with the cause logged.
            LOG.warn("Cannot read {} ({}) as a checklist", LogText.of(received.arrival().originalName()), received.sha256(), unreadable);
            return rejections.refuse(received, new Refusal(RefusalReason.CORRUPT, "The checklist's answers cannot be read ("
                    + unreadable.getMessage() + "). Save it again from Word as a Word Document (.docx) and send it"
                    + " again."), null);
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
        return answer(received, manifest, read, recording.submission(), conflicts);
    }

    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        IdentityCheck identity = verifier.check(reading);
        if (!identity.valid()) {
            throw new IllegalStateException("Submission " + registered.id() + " was registered as accepted, but its"
                    + " archived copy's identity no longer verifies: " + identity.message());
        }
        ChecklistManifest manifest = identity.manifest();
        return answer(received, manifest, read(reading, manifest), registered,
                masters.conflictsOf(manifest.identity().reviewId(), registered.id()));
    }

    /** What the file says: every answer, the fields not found, and the findings. */
    private record Read(Extraction extraction, List<Finding> findings, Catalogue catalogue) { }

    private Read read(DocxReading reading, ChecklistManifest manifest) {
        Extraction extraction = extractor.extract(reading, manifest);
        ChecklistIdentity id = manifest.identity();
        Catalogue catalogue = catalogues.find(id.instrument(), id.cycle()).orElse(null);
        List<Finding> findings = new ArrayList<>(extraction.findings());
        if (catalogue != null) {
            findings.addAll(new AnswerValidator(catalogue).validate(id.state(), extraction.answers()));
        }
        return new Read(extraction, findings, catalogue);
    }

    private Acknowledgement answer(Received received, ChecklistManifest manifest, Read read, SubmissionRecord registered,
                                   List<AnswerConflict> conflicts) {
        ChecklistIdentity id = manifest.identity();
        Language language = id.language();
        Arrival arrival = received.arrival();
        OutputFolder outbox = new OutputFolder(answering.outbox().resolve(id.state()));
        String base = OutputFolder.safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
        List<Path> written = new ArrayList<>();
        Path annotated = null;
        try {
            if (!read.findings().isEmpty()) {
                annotated = annotatedCopy(received, manifest, read, outbox, base + "-to-fix");
                if (annotated != null) {
                    written.add(annotated);
                }
            }
            Map<String, Object> model = model(manifest, read, registered, arrival, annotated);
            model.put("conflicts", conflictLines(manifest, read, conflicts));
            MailTexts.Text text = texts.render("registered", language, model);
            String receiptName = base + "-receipt.txt";
            Path receipt = outbox.has(receiptName) ? outbox.resolve(receiptName)
                    : outbox.write(base + "-receipt", ".txt", (text.subject() + "\n\n" + text.body()).getBytes(StandardCharsets.UTF_8));
            written.add(0, receipt);
            Reply reply = new Reply(arrival.sender(), text.subject(), text.body(),
                    annotated == null ? List.of() : List.of(annotated));
            String message = String.format(java.util.Locale.ROOT,
                    "%s registered: %s checklist%s, version %d, %d findings", arrival.originalName(), id.state(),
                    id.agency() == null ? "" : " (" + id.agency() + ")", registered.version(), read.findings().size());
            Acknowledgement acknowledgement = new Acknowledgement(Disposition.REGISTERED, received.sha256(), id.state(),
                    language, null, message, written, reply);
            // The reply is on its way before the file counts as answered: a crash in between leaves it
            // unanswered, and answering it on start posts the same reply once.
            replies.post(arrival, acknowledgement);
            register.markAnswered(registered.id(), received.sha256(), clock.instant(),
                    written.stream().map(Path::toString).toList());
            return acknowledgement;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the answer into " + outbox.path() + ": " + e.getMessage(), e);
        }
    }

    /** Logs each agency conflict this return creates (the master checklist shows it too, computed from the answers). */
    private void logConflicts(ChecklistIdentity id, Received received, List<AnswerConflict> conflicts) {
        for (AnswerConflict conflict : conflicts) {
            registerOfEvents.appendEvent(Event.of(clock.instant(), Event.PIPELINE, "answer.conflict", id.reviewId(),
                    received.sha256(), conflict.field() + ": " + String.join(" | ", conflict.answers().stream()
                            .map(a -> a.part() + " v" + a.version() + " = " + a.value()).toList())));
        }
    }

    private List<String> conflictLines(ChecklistManifest manifest, Read read, List<AnswerConflict> conflicts) {
        Language language = manifest.identity().language();
        List<String> lines = new ArrayList<>();
        for (AnswerConflict conflict : conflicts) {
            String answers = String.join("; ", conflict.answers().stream().map(a -> (a.agency() != null ? a.agency()
                    : labels.text(language, "intake.wholeChecklist")) + ": \"" + shortened(a.value()) + "\"").toList());
            lines.add(title(read.catalogue(), language, conflict.field().provisionId()) + ", "
                    + question(language, conflict.field()) + " \u2014 " + answers);
        }
        return lines;
    }

    private static String shortened(String value) {
        String oneLine = value.strip().replace('\n', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }

    /** The State's own file with the secretariat's comment on each field to fix, or null when none could be placed. */
    private Path annotatedCopy(Received received, ChecklistManifest manifest, Read read, OutputFolder outbox, String base)
            throws IOException {
        String name = base + ".docx";
        if (outbox.has(name)) {
            return outbox.resolve(name);
        }
        FindingText wording = new FindingText(labels);
        Map<String, List<String>> byBookmark = new LinkedHashMap<>();
        for (Finding finding : read.findings()) {
            if (finding.field() == null) {
                continue;
            }
            bookmarkOf(manifest, finding.field()).ifPresent(bookmark -> byBookmark.computeIfAbsent(bookmark,
                    b -> new ArrayList<>()).add(wording.of(finding, manifest.identity().language())));
        }
        if (byBookmark.isEmpty()) {
            return null;
        }
        List<CommentedCopy.PlacedComment> comments = new ArrayList<>();
        byBookmark.forEach((bookmark, lines) -> comments.add(new CommentedCopy.PlacedComment(bookmark, String.join("\n", lines))));
        java.nio.file.Files.createDirectories(outbox.path());
        try {
            List<String> placed = commenter.write(received.archived(), comments, clock.instant(), outbox.resolve(name));
            return placed.isEmpty() ? null : outbox.resolve(name);
        } catch (RefusedDocumentException e) {
            return null;
        }
    }

    /** The bookmark of a field; for a check-box question, that of its first box. */
    private static Optional<String> bookmarkOf(ChecklistManifest manifest, FieldId field) {
        return manifest.byField(field).or(() -> manifest.fields().stream()
                        .filter(f -> f.field().option() != null && f.field().questionField().equals(field)).findFirst())
                .map(FieldMapEntry::bookmark);
    }

    private Map<String, Object> model(ChecklistManifest manifest, Read read, SubmissionRecord registered, Arrival arrival,
                                      Path annotated) {
        ChecklistIdentity id = manifest.identity();
        Language language = id.language();
        FindingText wording = new FindingText(labels);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> provisionOrder = new ArrayList<>();
        manifest.fields().forEach(f -> {
            if (!provisionOrder.contains(f.field().provisionId())) {
                provisionOrder.add(f.field().provisionId());
            }
        });
        for (Finding finding : read.findings()) {
            String provision = finding.field() == null ? provisionOrder.get(0) : finding.field().provisionId();
            problems.computeIfAbsent(provision, p -> new ArrayList<>()).add(question(language, finding.field())
                    + " \u2014 " + wording.of(finding, language));
        }
        for (FieldId missing : read.extraction().missing()) {
            problems.computeIfAbsent(missing.provisionId(), p -> new ArrayList<>())
                    .add(question(language, missing) + " \u2014 " + labels.text(language, "intake.fieldNotFound"));
        }
        List<String> pending = new ArrayList<>();
        for (Answer answer : read.extraction().answers()) {
            if (answer.pendingChanges()) {
                String where = title(read.catalogue(), language, answer.fieldId().provisionId()) + ", "
                        + question(language, answer.fieldId());
                if (!pending.contains(where)) {
                    pending.add(where);
                }
            }
        }
        List<String> complete = new ArrayList<>();
        List<Map<String, Object>> incomplete = new ArrayList<>();
        for (String provision : provisionOrder) {
            if (problems.containsKey(provision)) {
                incomplete.add(Map.of("title", title(read.catalogue(), language, provision), "problems", problems.get(provision)));
            } else {
                complete.add(title(read.catalogue(), language, provision));
            }
        }
        long given = read.extraction().answers().stream().filter(a -> !a.value().isBlank() && !"false".equals(a.value()))
                .count();
        Map<String, Object> model = new HashMap<>();
        model.put("state", stateNames.apply(id.state()));
        model.put("iso3", id.state());
        model.put("agency", id.agency() == null ? "" : id.agency());
        model.put("fileName", arrival.originalName());
        model.put("received", AnswerWording.when(registered.receivedAt(), language));
        model.put("version", Integer.toString(registered.version() == null ? 0 : registered.version()));
        model.put("checklistId", id.checklistId().toString());
        model.put("answered", Long.toString(given));
        model.put("fields", Integer.toString(manifest.fields().size()));
        model.put("complete", complete);
        model.put("incomplete", incomplete);
        model.put("pending", pending);
        model.put("findings", Integer.toString(read.findings().size() + read.extraction().missing().size()));
        model.put("annotated", annotated == null ? "" : annotated.getFileName().toString());
        return model;
    }

    private String question(Language language, FieldId field) {
        if (field == null) {
            return labels.text(language, "intake.wholeChecklist");
        }
        String label = labels.find(language, "question." + field.question() + ".label")
                .orElse(labels.text(language, "question." + field.question() + ".label"));
        return field.option() == null ? label : label + " (" + field.option() + ")";
    }

    private String title(Catalogue catalogue, Language language, String provisionId) {
        Optional<Provision> provision = catalogue == null ? Optional.empty() : catalogue.provision(provisionId);
        return provision.map(p -> labels.provisionTitle(language, p)).orElse(provisionId);
    }
}
