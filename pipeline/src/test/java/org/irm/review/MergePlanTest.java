package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.SampleReviewer;
import org.irm.docx.PackageLimits;
import org.irm.review.FieldEdits.Group;
import org.irm.review.MergePlan.Answer;
import org.irm.review.MergePlan.Note;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge plan decides, before any XML is written, which reviewer's change goes in and which
 * becomes a comment: read from real returned copies, asserted on the plan alone.
 */
class MergePlanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path folder;

    private final ReviewDesk desk;

    MergePlanTest() throws Exception {
        desk = ReviewMergeTest.desk();
    }

    private SampleReviewer copy(String reviewer, String author) throws Exception {
        Path copy = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.EN, reviewer,
                ReviewMergeTest.ANSWERS, folder.resolve("outbox")).file();
        return SampleReviewer.open(copy).as(author, "2026-11-30T10:00:00Z");
    }

    private MergePlan plan(SampleReviewer... edited) throws Exception {
        ReviewCopyReader reader = new ReviewCopyReader(Checklists.cycle2(), Checklists.SEAL, PackageLimits.DEFAULTS);
        List<ReturnedCopy> copies = new ArrayList<>();
        for (SampleReviewer reviewer : edited) {
            copies.add(reader.read(reviewer.save(folder.resolve("returned-" + copies.size() + ".docx"))));
        }
        return MergePlan.of(copies, Checklists.cycle2(), Language.EN, Checklists.labels(), desk.reviewers(Language.EN), NOW);
    }

    @Test
    void twoReviewersChangingTheSameWordKeepTheFirstAsAChangeAndTheSecondAsAConflictComment() throws Exception {
        MergePlan plan = plan(
                copy("FRA", "Marie Curie").replace(ReviewMergeTest.MEASURES, "2015", "2016"),
                copy("SEN", "Aminata Diallo").replace(ReviewMergeTest.MEASURES, "2015", "2017"));

        Answer measures = plan.answer(ReviewMergeTest.MEASURES).orElseThrow();
        assertThat(measures.accepted()).extracting(plan::author).containsExactly(ConcurrentEditsMergeTest.FRANCE);
        assertThat(measures.raised()).extracting(Note::author).containsExactly(ConcurrentEditsMergeTest.SENEGAL);
        assertThat(measures.raised().get(0).text()).startsWith("Conflict:");
        assertThat(plan.conflicts()).isEqualTo(1);
    }

    @Test
    void twoReviewersInsertingAtOnePointAreBothAcceptedInCopyOrder() throws Exception {
        MergePlan plan = plan(
                copy("SEN", "Aminata Diallo").insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"),
                copy("FRA", "Marie Curie").insertAfter(ReviewMergeTest.MEASURES, "ministries", " and agencies"));

        Answer measures = plan.answer(ReviewMergeTest.MEASURES).orElseThrow();
        assertThat(measures.accepted()).extracting(Group::copy).containsExactly(0, 1);
        assertThat(measures.raised()).isEmpty();
        assertThat(plan.conflicts()).isZero();
    }

    @Test
    void aCommentSitsOnItsAnswerRangeAndAReplyInItsThread() throws Exception {
        SampleReviewer france = copy("FRA", "Marie Curie");
        String question = france.comment(ReviewMergeTest.EXAMPLES, "12 suppliers", "Which suppliers?");
        france.reply(question, "Listed in annex 3.");
        MergePlan plan = plan(france);

        assertThat(plan.early()).extracting(Note::text).containsExactly("Which suppliers?", "Listed in annex 3.");
        Note asked = plan.early().get(0);
        assertThat(asked.place().field()).isEqualTo(ReviewMergeTest.EXAMPLES);
        assertThat(plan.early().get(1).replyTo()).contains(asked);
    }

    @Test
    void anAnswerNoCopyHoldsHasNoPlanAndAnUndatedChangeIsDatedByTheMerge() throws Exception {
        MergePlan plan = plan(copy("FRA", "Marie Curie"));

        assertThat(plan.answer(FieldId.parse("uncac.9.1.a/nosuchquestion"))).isEmpty();
        assertThat(plan.date(null)).isEqualTo("2026-12-02T12:00:00Z");
        assertThat(plan.date("2026-11-30T10:00:00Z")).isEqualTo("2026-11-30T10:00:00Z");
    }
}
