package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.review.ExpertReviewTest.ANSWERS;
import static org.irm.review.ExpertReviewTest.FIVE_ONE;
import static org.irm.review.ExpertReviewTest.MARIE;
import static org.irm.review.ExpertReviewTest.NINE_ONE;
import static org.irm.review.ExpertReviewTest.PAUL;
import static org.irm.review.ReviewMergeTest.desk;
import static org.irm.review.ReviewMergeTest.kenya;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.SampleReviewer;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.LibreOffice;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18.1's acceptance with one expert working in real LibreOffice: both copies come back and merge under their names. */
class ExpertCopiesLibreOfficeIT {

    @TempDir
    Path folder;

    @Test
    void anExpertsCopySavedByLibreOfficeKeepsItsSealedExpertAndMergesWithTheColleaguesUnderBothNames() throws Exception {
        Register register = Register.open(IrmConfig.of(Map.of("irm.home", folder.toString())));
        ReviewRecord review = register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN,
                ReviewStage.DESK_REVIEW, List.of(ReviewerAssignment.of("FRA", "same-group", "uncac")), List.of(), null,
                Instant.parse("2026-06-01T10:00:00Z")));
        ReviewDesk desk = desk();
        ReviewAssignments assignments = new ReviewAssignments(register, desk,
                Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC));
        assignments.assign(review, "FRA", MARIE, "Marie Curie", ArticleRef.numbers(5, 6), false, "secretariat");
        assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(9), false, "secretariat");
        Path maries = desk.reviewCopy(kenya(), review.id(), Language.EN, "FRA",
                assignments.share(review, "FRA", MARIE).orElseThrow(), Map.of(), ANSWERS, folder.resolve("outbox")).file();
        Path pauls = desk.reviewCopy(kenya(), review.id(), Language.EN, "FRA",
                assignments.share(review, "FRA", PAUL).orElseThrow(), Map.of(), ANSWERS, folder.resolve("outbox")).file();
        Path marieDone = SampleReviewer.open(maries).as("Marie Curie", "2026-12-01T10:00:00Z")
                .replace(FIVE_ONE, "2024", "2025").save(folder.resolve("marie-returned.docx"));
        Path paulEdited = SampleReviewer.open(pauls).as("Paul Martin", "2026-12-01T11:00:00Z")
                .delete(NINE_ONE, " 2015").note("uncac.9.1", NoteKind.RECOMMENDATION, "Publish every award.")
                .save(folder.resolve("paul-edited.docx"));
        Path paulThroughLibreOffice = LibreOffice.resaveAsDocx(paulEdited, folder.resolve("lo"));
        ReviewIntake intake = new ReviewIntake(Checklists.cycle2(), Checklists.SEAL, register.reviewNotes(),
                PackageLimits.DEFAULTS, assignments.articles());

        for (Path copy : List.of(marieDone, paulThroughLibreOffice)) {
            ReviewIntake.Taken taken = intake.take(copy, copy.getFileName().toString(), Instant.parse("2026-12-02T09:00:00Z"));
            assertThat(taken.refused()).as(copy + ": " + taken.refusal()).isFalse();
            assertThat(taken.flagged()).isFalse();
        }
        assertThat(register.reviewNotes().latestCopies(review.id())).extracting(c -> c.expert())
                .containsExactlyInAnyOrder(MARIE, PAUL);

        ReviewDesk.Consolidated merged = desk.merge(kenya(), List.of(marieDone, paulThroughLibreOffice),
                folder.resolve("merged"), assignments.mergeContext(review));
        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author, Revision::text).contains(
                Tuple.tuple(RevisionType.INSERTION, "France (FRA) \u2014 Marie Curie", "2025"),
                Tuple.tuple(RevisionType.DELETION, "France (FRA) \u2014 Paul Martin", " 2015"));
        assertThat(String.join("\n", WordText.of(merged.file()).paragraphs())).contains("Publish every award.")
                .contains("France (FRA) \u2014 Marie Curie, France (FRA) \u2014 Paul Martin");
    }
}
