package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.demo.SampleReviewer;
import org.irm.docx.Comment;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewerNote;
import org.irm.submission.DocumentInspector;
import org.irm.submission.InspectionReport;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three reviewers' copies of one State's answers, edited as Word stores edits, merged into one. */
class ReviewMergeTest {

    static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    static final FieldId EXAMPLES = FieldId.parse("uncac.9.1.a/examples");
    static final FieldId STEPS = FieldId.parse("uncac.9.1.a/steps");
    static final Map<FieldId, String> ANSWERS = Map.of(
            MEASURES, "The Public Procurement Act 2015 applies to all ministries.\nAudits take place every year.",
            EXAMPLES, "In 2024 the authority debarred 12 suppliers.",
            STEPS, "A new e-procurement portal opens in 2027.",
            FieldId.parse("uncac.9.1.a/compliance"), "partly");

    @TempDir
    Path folder;

    static ReviewDesk desk() throws Exception {
        StateList states = StateList.load(TemplateSource.bundled());
        return new ReviewDesk(Checklists.cycle2(), Checklists.labels(), Checklists.SEAL, TemplateSource.bundled(),
                states, Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC));
    }

    static State kenya() throws Exception {
        return StateList.load(TemplateSource.bundled()).find("KEN").orElseThrow();
    }

    /** France, Senegal and the secretariat edit their copies; Senegal's change of "2015" clashes with France's. */
    static List<Path> threeEditedCopies(ReviewDesk desk, Path folder) throws Exception {
        Path outbox = folder.resolve("outbox");
        Path fra = desk.reviewCopy(kenya(), "uncac-2-KEN", Language.EN, "FRA", ANSWERS, outbox).file();
        Path sen = desk.reviewCopy(kenya(), "uncac-2-KEN", Language.EN, "SEN", ANSWERS, outbox).file();
        Path sec = desk.reviewCopy(kenya(), "uncac-2-KEN", Language.EN, ChecklistIdentity.SECRETARIAT, ANSWERS, outbox).file();
        SampleReviewer france = SampleReviewer.open(fra).as("Marie Curie", "2026-11-30T10:00:00Z");
        france.replace(MEASURES, "2015", "2016");
        String question = france.comment(EXAMPLES, "12 suppliers", "Which suppliers, and on what grounds?");
        france.as("Paul Martin", "2026-11-30T11:00:00Z").reply(question, "And were the debarments appealed?");
        france.as("Marie Curie", "2026-11-30T12:00:00Z")
                .note("uncac.9.1.a", NoteKind.OBSERVATION, "The Act covers central government only.")
                .note("uncac.9.1.a", NoteKind.RECOMMENDATION, "Extend the Act to counties.");
        Path franceDone = france.save(folder.resolve("fra-returned.docx"));

        SampleReviewer senegal = SampleReviewer.open(sen).as("Aminata Diallo", "2026-12-01T08:00:00Z");
        senegal.replace(MEASURES, "2015", "2015 (as amended in 2022)");
        senegal.delete(STEPS, " in 2027");
        senegal.comment(MEASURES, "Audits", "By whom?");
        senegal.note("uncac.9.1.a", NoteKind.GOOD_PRACTICE, "Yearly audits of every ministry.");
        Path senegalDone = senegal.save(folder.resolve("sen-returned.docx"));

        SampleReviewer secretariat = SampleReviewer.open(sec).as("UNODC Secretariat", "2026-12-01T09:00:00Z");
        secretariat.move(EXAMPLES, "In 2024 ", STEPS);
        secretariat.insertAfter(MEASURES, "ministries", " and state corporations");
        secretariat.bold(EXAMPLES, "debarred");
        secretariat.note("uncac.9.1.a", NoteKind.OBSERVATION, "Consistent with the 2019 review.");
        Path secretariatDone = secretariat.save(folder.resolve("sec-returned.docx"));
        return List.of(franceDone, senegalDone, secretariatDone);
    }

    @Test
    void theMergedReviewHoldsExactlyTheUnionOfTheCopiesAttributedWithTheConflictMarked() throws Exception {
        ReviewDesk desk = desk();
        List<Path> copies = threeEditedCopies(desk, folder);

        ReviewDesk.Consolidated merged = desk.merge(kenya(), copies, folder.resolve("merged"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author, Revision::text).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RevisionType.DELETION, "France (FRA) \u2014 Marie Curie", "2015"),
                org.assertj.core.groups.Tuple.tuple(RevisionType.INSERTION, "France (FRA) \u2014 Marie Curie", "2016"),
                org.assertj.core.groups.Tuple.tuple(RevisionType.INSERTION, "Secretariat \u2014 UNODC Secretariat", " and state corporations"),
                org.assertj.core.groups.Tuple.tuple(RevisionType.DELETION, "Senegal (SEN) \u2014 Aminata Diallo", " in 2027"),
                org.assertj.core.groups.Tuple.tuple(RevisionType.MOVE_FROM, "Secretariat \u2014 UNODC Secretariat", "In 2024 "),
                org.assertj.core.groups.Tuple.tuple(RevisionType.MOVE_TO, "Secretariat \u2014 UNODC Secretariat", "In 2024  "),
                org.assertj.core.groups.Tuple.tuple(RevisionType.FORMATTING, "Secretariat \u2014 UNODC Secretariat", ""));
        assertThat(reading.comments()).extracting(Comment::author).containsExactlyInAnyOrder(
                "France (FRA) \u2014 Marie Curie", "France (FRA) \u2014 Paul Martin", "Senegal (SEN) \u2014 Aminata Diallo",
                "Senegal (SEN) \u2014 Aminata Diallo");
        Comment reply = reading.comments().stream().filter(c -> c.text().contains("appealed")).findFirst().orElseThrow();
        Comment question = reading.comments().stream().filter(c -> c.text().contains("Which suppliers")).findFirst().orElseThrow();
        assertThat(reply.parentId()).isEqualTo(question.id());
        assertThat(reading.comments()).filteredOn(c -> c.text().startsWith("Conflict:")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("Senegal (SEN)").contains("2015 (as amended in 2022)"));
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void inspectingTheMergedReviewNamesTheFieldOfEveryCommentAndChangeOnAnAnswer() throws Exception {
        ReviewDesk desk = desk();
        ReviewDesk.Consolidated merged = desk.merge(kenya(), threeEditedCopies(desk, folder), folder.resolve("merged"));

        InspectionReport report = new DocumentInspector(Checklists.SEAL).inspect(merged.file()).report().orElseThrow();

        assertThat(report.comments()).extracting(c -> c.text().startsWith("Conflict:") ? "Conflict" : c.text(),
                InspectionReport.CommentItem::fieldId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Which suppliers, and on what grounds?", EXAMPLES.toString()),
                org.assertj.core.groups.Tuple.tuple("And were the debarments appealed?", EXAMPLES.toString()),
                org.assertj.core.groups.Tuple.tuple("By whom?", MEASURES.toString()),
                org.assertj.core.groups.Tuple.tuple("Conflict", MEASURES.toString()));
        assertThat(report.revisions()).extracting(InspectionReport.RevisionItem::text, InspectionReport.RevisionItem::fieldId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("2015", MEASURES.toString()),
                        org.assertj.core.groups.Tuple.tuple("2016", MEASURES.toString()),
                        org.assertj.core.groups.Tuple.tuple(" and state corporations", MEASURES.toString()),
                        org.assertj.core.groups.Tuple.tuple(" in 2027", STEPS.toString()),
                        org.assertj.core.groups.Tuple.tuple("In 2024 ", EXAMPLES.toString()),
                        org.assertj.core.groups.Tuple.tuple("In 2024  ", STEPS.toString()),
                        org.assertj.core.groups.Tuple.tuple("", EXAMPLES.toString()));
        // Still no checklist: nothing to take in as a State's return.
        assertThat(report.identity()).isNull();
        assertThat(report.answers()).isEmpty();
    }

    @Test
    void everyNoteOfAReturnedCopyIsRecordedWithReviewerAuthorProvisionAndField() throws Exception {
        ReviewDesk desk = desk();
        List<Path> copies = threeEditedCopies(desk, folder);
        Register register = Register.open(IrmConfig.of(Map.of("irm.home", folder.toString())));
        ReviewIntake intake = new ReviewIntake(Checklists.cycle2(), Checklists.SEAL, register.reviewNotes());

        for (Path copy : copies) {
            assertThat(intake.take(copy, copy.getFileName().toString(), Instant.parse("2026-12-01T12:00:00Z")).refused()).isFalse();
        }

        List<ReviewerNote> notes = register.reviewNotes().ofProvision("uncac-2-KEN", "uncac.9.1.a");
        assertThat(notes).filteredOn(n -> n.kind() == NoteKind.COMMENT)
                .extracting(ReviewerNote::reviewingState, ReviewerNote::author, ReviewerNote::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("FRA", "Marie Curie", EXAMPLES),
                        org.assertj.core.groups.Tuple.tuple("FRA", "Paul Martin", EXAMPLES),
                        org.assertj.core.groups.Tuple.tuple("SEN", "Aminata Diallo", MEASURES));
        assertThat(notes).filteredOn(n -> n.kind().isReviewerField())
                .extracting(ReviewerNote::reviewingState, ReviewerNote::kind, ReviewerNote::text).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("FRA", NoteKind.OBSERVATION, "The Act covers central government only."),
                        org.assertj.core.groups.Tuple.tuple("FRA", NoteKind.RECOMMENDATION, "Extend the Act to counties."),
                        org.assertj.core.groups.Tuple.tuple("SEN", NoteKind.GOOD_PRACTICE, "Yearly audits of every ministry."),
                        org.assertj.core.groups.Tuple.tuple(ChecklistIdentity.SECRETARIAT, NoteKind.OBSERVATION, "Consistent with the 2019 review."));
        assertThat(notes).filteredOn(n -> n.kind().isChange()).hasSize(9);
        assertThat(notes).filteredOn(n -> n.kind() == NoteKind.MOVE_TO).singleElement()
                .satisfies(n -> assertThat(n.field()).isEqualTo(STEPS));
        assertThat(register.reviewNotes().byProvision("KEN")).extracting(r -> r.reviewingState())
                .containsExactlyInAnyOrder("FRA", "SEN", ChecklistIdentity.SECRETARIAT);
    }
}
