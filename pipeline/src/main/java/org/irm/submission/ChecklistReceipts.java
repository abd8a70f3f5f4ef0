package org.irm.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.docx.CommentedCopy;
import org.irm.docx.RefusedDocumentException;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.mail.MailTexts;
import org.irm.register.Answer;
import org.irm.register.AnswerConflict;
import org.irm.register.Finding;
import org.irm.register.IntakeRegister;
import org.irm.register.SubmissionRecord;

/**
 * Answers a registered checklist return in the checklist's language: the receipt in
 * {@code watch-folders/outbox/<ISO3>/} (what was received, findings by provision, answers with
 * pending tracked changes, provisions complete, agency conflicts), the State's own file with a
 * comment from the secretariat on each field to fix, and the reply; then marks it answered. What
 * to take and register is decided before, by {@link ChecklistReturns}; this class only writes.
 */
final class ChecklistReceipts {

    private final I18nLabels labels;
    private final IntakeRegister register;
    private final ReplyPost replies;
    private final MailTexts texts;
    private final Path outbox;
    private final CommentedCopy commenter;
    private final BiFunction<String, Language, String> stateNames;
    private final Clock clock;
    private final AccompanyingDocuments accompanying;

    /**
     * @param outbox     where receipts and annotated copies go, one folder per State
     * @param commenter  writes the secretariat's comments into a copy of the State's file
     * @param stateNames a State's name as the receipt shows it in a language ("肯尼亚 (KEN)"), from its ISO3 code
     * @param accompanying the supporting documents that came with a return, which its receipt lists
     */
    ChecklistReceipts(I18nLabels labels, IntakeRegister register, ReplyPost replies, MailTexts texts, Path outbox,
                      CommentedCopy commenter, BiFunction<String, Language, String> stateNames, Clock clock,
                      AccompanyingDocuments accompanying) {
        this.labels = labels;
        this.register = register;
        this.replies = replies;
        this.texts = texts;
        this.outbox = outbox;
        this.commenter = commenter;
        this.stateNames = stateNames;
        this.clock = clock;
        this.accompanying = accompanying;
    }

    /**
     * Writes the receipt (and, where there are findings, the annotated copy), posts the reply, then
     * marks the submission answered. Files written before are reused, so answering again after a
     * crash writes nothing twice.
     */
    Acknowledgement answer(Received received, ChecklistManifest manifest, ChecklistRead read, SubmissionRecord registered,
                           List<AnswerConflict> conflicts) {
        ChecklistIdentity id = manifest.identity();
        Language language = id.language();
        Arrival arrival = received.arrival();
        OutputFolder folder = new OutputFolder(outbox.resolve(id.state()));
        String base = OutputFolder.safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
        List<Path> written = new ArrayList<>();
        try {
            Optional<Path> annotated = read.findings().isEmpty() ? Optional.empty()
                    : annotatedCopy(received, manifest, read, folder, base + "-to-fix");
            annotated.ifPresent(written::add);
            Map<String, Object> model = model(manifest, read, registered, arrival, annotated);
            model.put("conflicts", conflictLines(manifest, read, conflicts));
            model.put("supporting", accompanying.listFor(arrival, id.state(), received.sha256()).stream()
                    .map(listed -> listed.model(language)).toList());
            MailTexts.Text text = texts.render("registered", language, model);
            String receiptName = base + "-receipt.txt";
            Path receipt = folder.has(receiptName) ? folder.resolve(receiptName)
                    : folder.write(base + "-receipt", ".txt", (text.subject() + "\n\n" + text.body()).getBytes(StandardCharsets.UTF_8));
            written.add(0, receipt);
            Reply reply = new Reply(arrival.sender(), text.subject(), text.body(),
                    annotated.map(List::of).orElse(List.of()));
            String message = String.format(Locale.ROOT,
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
            throw new UncheckedIOException("Cannot write the answer into " + folder.path() + ": " + e.getMessage(), e);
        }
    }

    private List<String> conflictLines(ChecklistManifest manifest, ChecklistRead read, List<AnswerConflict> conflicts) {
        Language language = manifest.identity().language();
        List<String> lines = new ArrayList<>();
        for (AnswerConflict conflict : conflicts) {
            String answers = String.join("; ", conflict.answers().stream().map(a -> (a.agency() != null ? a.agency()
                    : labels.text(language, "intake.wholeChecklist")) + ": \"" + shortened(a.value()) + "\"").toList());
            lines.add(title(read.catalogue(), language, conflict.field().provisionId()) + ", "
                    + question(read.catalogue(), language, conflict.field()) + " \u2014 " + answers);
        }
        return lines;
    }

    private static String shortened(String value) {
        String oneLine = value.strip().replace('\n', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }

    /** The State's own file with the secretariat's comment on each field to fix; empty when none could be placed. */
    private Optional<Path> annotatedCopy(Received received, ChecklistManifest manifest, ChecklistRead read,
                                         OutputFolder outbox, String base) throws IOException {
        String name = base + ".docx";
        if (outbox.has(name)) {
            return Optional.of(outbox.resolve(name));
        }
        FindingText wording = new FindingText(labels);
        FieldBookmarks bookmarks = new FieldBookmarks(manifest);
        Map<String, List<String>> byBookmark = new LinkedHashMap<>();
        for (Finding finding : read.findings()) {
            if (finding.field() == null) {
                continue;
            }
            bookmarks.of(finding.field()).ifPresent(bookmark -> byBookmark.computeIfAbsent(bookmark,
                    b -> new ArrayList<>()).add(wording.of(finding, manifest.identity().language())));
        }
        if (byBookmark.isEmpty()) {
            return Optional.empty();
        }
        List<CommentedCopy.PlacedComment> comments = new ArrayList<>();
        byBookmark.forEach((bookmark, lines) -> comments.add(new CommentedCopy.PlacedComment(bookmark, String.join("\n", lines))));
        Files.createDirectories(outbox.path());
        try {
            List<String> placed = commenter.write(received.archived(), comments, clock.instant(), outbox.resolve(name));
            return placed.isEmpty() ? Optional.empty() : Optional.of(outbox.resolve(name));
        } catch (RefusedDocumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The bookmark of a field; for a check-box question, that of its first box; for a need, that of its
     * needs table (the finding's text names the need). Indexed once per return: a search of the field
     * map (2,883 entries in the full checklist) per finding showed in the intake's profile (issue 20).
     */
    private static final class FieldBookmarks {
        private final Map<FieldId, String> byField = new HashMap<>();
        private final Map<FieldId, String> firstBoxByQuestion = new HashMap<>();

        FieldBookmarks(ChecklistManifest manifest) {
            for (FieldMapEntry entry : manifest.fields()) {
                byField.putIfAbsent(entry.field(), entry.bookmark());
                if (entry.field().option() != null) {
                    firstBoxByQuestion.putIfAbsent(entry.field().questionField(), entry.bookmark());
                }
            }
        }

        Optional<String> of(FieldId field) {
            return Optional.ofNullable(byField.get(field))
                    .or(() -> Needs.numberOf(field).map(n -> byField.get(field.questionField())))
                    .or(() -> Optional.ofNullable(firstBoxByQuestion.get(field)));
        }
    }

    private Map<String, Object> model(ChecklistManifest manifest, ChecklistRead read, SubmissionRecord registered,
                                      Arrival arrival, Optional<Path> annotated) {
        ChecklistIdentity id = manifest.identity();
        Language language = id.language();
        FindingText wording = new FindingText(labels);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        // A set: the full checklist's 2,883 fields fall into a few hundred provisions.
        Set<String> provisionOrder = new LinkedHashSet<>();
        manifest.fields().forEach(f -> provisionOrder.add(f.field().provisionId()));
        for (Finding finding : read.findings()) {
            String provision = finding.field() == null ? provisionOrder.iterator().next() : finding.field().provisionId();
            problems.computeIfAbsent(provision, p -> new ArrayList<>()).add(question(read.catalogue(), language, finding.field())
                    + " \u2014 " + wording.of(finding, language));
        }
        for (FieldId missing : read.extraction().missing()) {
            problems.computeIfAbsent(missing.provisionId(), p -> new ArrayList<>())
                    .add(question(read.catalogue(), language, missing) + " \u2014 " + labels.text(language, "intake.fieldNotFound"));
        }
        List<String> pending = new ArrayList<>();
        for (Answer answer : read.extraction().answers()) {
            if (answer.pendingChanges()) {
                String where = title(read.catalogue(), language, answer.fieldId().provisionId()) + ", "
                        + question(read.catalogue(), language, answer.fieldId());
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
        model.put("state", stateNames.apply(id.state(), language));
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
        model.put("annotated", annotated.map(path -> path.getFileName().toString()).orElse(""));
        return model;
    }

    /** The question as the checklist words it (a question of the catalogue by its kind's wording, else by its id). */
    private String question(Optional<Catalogue> catalogue, Language language, FieldId field) {
        if (field == null) {
            return labels.text(language, "intake.wholeChecklist");
        }
        String label = catalogue.flatMap(c -> c.provision(field.provisionId()))
                .flatMap(p -> p.questions().stream().filter(q -> q.id().equals(field.question())).findFirst())
                .map(q -> labels.questionLabel(language, q))
                .orElseGet(() -> labels.text(language, "question." + field.question() + ".label"));
        // A need's finding names the need itself.
        return field.option() == null || Needs.numberOf(field).isPresent() ? label : label + " (" + field.option() + ")";
    }

    private String title(Optional<Catalogue> catalogue, Language language, String provisionId) {
        return catalogue.flatMap(c -> c.provision(provisionId)).map(p -> labels.provisionTitle(language, p))
                .orElse(provisionId);
    }
}
