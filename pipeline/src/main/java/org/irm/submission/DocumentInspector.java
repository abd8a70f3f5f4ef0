package org.irm.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Labels;
import org.irm.catalogue.Language;
import org.irm.docx.Comment;
import org.irm.docx.ContentControl;
import org.irm.docx.DocxReading;
import org.irm.docx.Revision;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapPart;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentitySeal;
import org.irm.identity.IdentityStatus;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Answer;
import org.irm.register.Finding;
import org.irm.submission.screening.DocumentOpening;
import org.irm.submission.screening.OpenedDocument;

/**
 * Reads any Word file and says what it holds; for our checklists, also whether the identity's
 * seal holds and every answer with how it was found. The service behind {@code irm inspect}, and
 * the first half of taking a return in.
 */
public final class DocumentInspector {

    private final DocumentOpening opening;
    private final IdentityVerifier identities;
    private final AnswerExtractor answers = new AnswerExtractor();
    private final Catalogues catalogues;

    /**
     * The catalogue a checklist was issued from, with the labels to word findings in, when known.
     * Without one, answers are read but not validated.
     */
    public interface Catalogues {
        Optional<Catalogue> find(String instrument, int cycle);

        /** The catalogue of one instrument's questionnaire of a cluster (UNTOC); a cluster of 0 is the whole cycle's. */
        default Optional<Catalogue> find(String instrument, int cycle, int cluster) {
            return cluster > 0 ? Optional.empty() : find(instrument, cycle);
        }

        Labels labels();
    }

    public DocumentInspector(IdentitySeal seal) {
        this(new DocumentOpening(), seal, null);
    }

    public DocumentInspector(IdentitySeal seal, Catalogues catalogues) {
        this(new DocumentOpening(), seal, catalogues);
    }

    public DocumentInspector(DocumentOpening opening, IdentitySeal seal, Catalogues catalogues) {
        this.opening = opening;
        this.identities = new IdentityVerifier(seal);
        this.catalogues = catalogues;
    }

    public Inspection inspect(Path file) {
        OpenedDocument opened = opening.open(file);
        if (opened.refusal().isPresent()) {
            return Inspection.refused(opened.refusal().get());
        }
        return Inspection.read(report(opened, opened.reading().orElseThrow()));
    }

    private InspectionReport report(OpenedDocument opened, DocxReading reading) {
        IdentityCheck identity = identities.check(reading);
        ChecklistManifest manifest = identity.manifest();
        FieldLocator locator = new FieldLocator(reading.contentControls(), fieldMap(manifest, reading));
        List<InspectionReport.Problem> problems = new ArrayList<>();
        if (identity.status() != IdentityStatus.NONE && !identity.valid()) {
            problems.add(new InspectionReport.Problem("identity", null, identity.message()));
        }
        List<InspectionReport.AnswerItem> answerItems = manifest == null ? List.of() : answerItems(reading, manifest, problems);
        return new InspectionReport(
                new InspectionReport.Format(opened.format().shortName(), opened.format().mediaType(),
                        opened.format().description()),
                reading.application(),
                identity.identity().map(id -> identityItem(id, identity)).orElse(null),
                reading.contentControls().stream().map(c -> controlItem(c, locator)).toList(),
                reading.comments().stream().map(c -> commentItem(c, locator)).toList(),
                reading.revisions().stream().map(r -> revisionItem(r, locator)).toList(),
                answerItems, problems);
    }

    /** Our bookmarks to their fields: the checklist's field map, else a field map part (a consolidated review's). */
    private static Map<String, FieldId> fieldMap(ChecklistManifest manifest, DocxReading reading) {
        if (manifest != null) {
            Map<String, FieldId> fields = new HashMap<>();
            manifest.fields().forEach(f -> fields.putIfAbsent(f.bookmark(), f.field()));
            return fields;
        }
        return FieldMapPart.find(reading.customXmlParts()).orElse(Map.of());
    }

    private List<InspectionReport.AnswerItem> answerItems(DocxReading reading, ChecklistManifest manifest,
                                                          List<InspectionReport.Problem> problems) {
        Extraction extraction = answers.extract(reading, manifest);
        if (!extraction.findings().isEmpty()) {
            Language language = manifest.identity().language();
            FindingText text = new FindingText(catalogues != null ? catalogues.labels() : BundledLabels.get());
            for (Finding finding : extraction.findings()) {
                problems.add(new InspectionReport.Problem(finding.code(), finding.field().toString(),
                        finding.field() + ": " + text.of(finding, language)));
            }
        }
        validate(manifest, extraction, problems);
        for (FieldId missing : extraction.missing()) {
            problems.add(new InspectionReport.Problem("fieldNotFound", missing.toString(),
                    "The field " + missing + " was not found: its control and bookmark were removed."));
        }
        extraction.answers().stream().filter(Answer::pendingChanges).forEach(a -> problems.add(
                new InspectionReport.Problem("pendingChanges", a.fieldId().toString(), "The answer to " + a.fieldId()
                        + " still carries tracked changes or comments; it was read as if they were accepted.")));
        return extraction.answers().stream().map(a -> new InspectionReport.AnswerItem(a.fieldId().toString(), a.value(),
                camel(a.foundBy().name()), a.pendingChanges())).toList();
    }

    private void validate(ChecklistManifest manifest, Extraction extraction, List<InspectionReport.Problem> problems) {
        if (catalogues == null) {
            return;
        }
        ChecklistIdentity identity = manifest.identity();
        catalogues.find(identity.instrument(), identity.cycle(), identity.cluster()).ifPresent(catalogue -> {
            FindingText text = new FindingText(catalogues.labels());
            for (Finding finding : new AnswerValidator(catalogue).validate(identity.state(), extraction.answers())) {
                problems.add(new InspectionReport.Problem(finding.code(), finding.field().toString(),
                        finding.field() + ": " + text.of(finding, identity.language())));
            }
        });
    }

    private static InspectionReport.Identity identityItem(ChecklistIdentity id, IdentityCheck check) {
        return new InspectionReport.Identity(id.checklistId().toString(), id.reviewId(), id.state(), id.instrument(),
                id.cycle(), id.cluster() > 0 ? id.cluster() : null, id.language().code(), id.catalogueVersion(), id.part(), id.issuedAt().toString(),
                check.valid(), camel(check.status().name()), check.message());
    }

    private static InspectionReport.Control controlItem(ContentControl control, FieldLocator locator) {
        return new InspectionReport.Control(control.index(), control.parentIndex(), control.tag(),
                locator.of(control).map(FieldId::toString).orElse(null), control.alias(), camel(control.kind().name()),
                camel(control.level().name()), camel(control.part().name()), valueOf(control), control.pendingChanges());
    }

    private static Object valueOf(ContentControl control) {
        switch (control.kind()) {
            case CHECKBOX:
                return control.checked();
            case DROPDOWN:
            case COMBO_BOX:
                return control.showingPlaceholder() ? null : control.selectedValue();
            case DATE:
                return control.date() != null ? control.date() : (control.showingPlaceholder() ? null : control.text());
            default:
                return control.text();
        }
    }

    private static InspectionReport.CommentItem commentItem(Comment comment, FieldLocator locator) {
        return new InspectionReport.CommentItem(comment.id(), comment.author(), comment.date(), comment.text(),
                comment.parentId(), locator.of(comment.anchor()).map(FieldId::toString).orElse(null));
    }

    private static InspectionReport.RevisionItem revisionItem(Revision revision, FieldLocator locator) {
        return new InspectionReport.RevisionItem(camel(revision.type().name()), revision.author(), revision.date(),
                revision.text(), camel(revision.part().name()),
                locator.of(revision.anchor()).map(FieldId::toString).orElse(null));
    }

    /** RICH_TEXT to richText: the JSON's spelling of our enum values. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
