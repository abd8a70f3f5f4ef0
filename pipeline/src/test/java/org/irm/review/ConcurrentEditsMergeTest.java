package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.irm.demo.SampleReviewer;
import org.irm.docx.Comment;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.identity.ChecklistIdentity;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two or three reviewers editing the same place of one answer: what the consolidated review keeps as
 * tracked changes, what becomes a "Conflict:" comment, and what the answer reads once all is accepted.
 * Edits conflict only when they cannot both apply: both change the same text, or one inserts inside
 * text the other deletes or rewrites.
 */
class ConcurrentEditsMergeTest {

    static final String FRANCE = "France (FRA) \u2014 Marie Curie";
    static final String SENEGAL = "Senegal (SEN) \u2014 Aminata Diallo";
    static final String SECRETARIAT = "Secretariat \u2014 UNODC Secretariat";
    static final String MEASURES_FIRST = "The Public Procurement Act 2015 applies to all ministries.";

    @TempDir
    Path folder;

    private final ReviewDesk desk;

    ConcurrentEditsMergeTest() throws Exception {
        desk = ReviewMergeTest.desk();
    }

    private SampleReviewer copy(String reviewer, String author, String date) throws Exception {
        Path copy = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", org.irm.catalogue.Language.EN, reviewer,
                ReviewMergeTest.ANSWERS, folder.resolve("outbox")).file();
        return SampleReviewer.open(copy).as(author, date);
    }

    private SampleReviewer france() throws Exception {
        return copy("FRA", "Marie Curie", "2026-11-30T10:00:00Z");
    }

    private SampleReviewer senegal() throws Exception {
        return copy("SEN", "Aminata Diallo", "2026-12-01T08:00:00Z");
    }

    private SampleReviewer secretariat() throws Exception {
        return copy(ChecklistIdentity.SECRETARIAT, "UNODC Secretariat", "2026-12-01T09:00:00Z");
    }

    private ReviewDesk.Consolidated merge(SampleReviewer... edited) throws Exception {
        List<Path> copies = new java.util.ArrayList<>();
        for (SampleReviewer reviewer : edited) {
            copies.add(reviewer.save(folder.resolve("returned-" + copies.size() + ".docx")));
        }
        return desk.merge(ReviewMergeTest.kenya(), copies, folder.resolve("merged"));
    }

    private static String text(List<Revision> revisions) {
        return revisions.stream().map(Revision::text).collect(java.util.stream.Collectors.joining());
    }

    private static List<Comment> conflictComments(DocxReading reading) {
        return reading.comments().stream().filter(c -> c.text().startsWith("Conflict:")).toList();
    }

    @Test
    void twoReviewersInsertionsAtOnePointAreBothTrackedAttributedAndNoConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and agencies"),
                senegal().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author, Revision::text).containsExactly(
                tuple(RevisionType.INSERTION, FRANCE, " and agencies"),
                tuple(RevisionType.INSERTION, SENEGAL, " and counties"));
        assertThat(reading.comments()).isEmpty();
        assertThat(merged.merged().conflicts()).isZero();
        assertThat(MergedReviewAcceptRejectIT.answers(merged.file(), true))
                .contains("The Public Procurement Act 2015 applies to all ministries and agencies and counties.");
    }

    @Test
    void threeReviewersInsertionsAtOnePointGoInInTheOrderTheCopiesAreGiven() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                secretariat().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and state corporations"),
                senegal().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"),
                france().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and agencies"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author, Revision::text).containsExactly(
                tuple(SECRETARIAT, " and state corporations"), tuple(SENEGAL, " and counties"), tuple(FRANCE, " and agencies"));
        assertThat(conflictComments(reading)).isEmpty();
        assertThat(merged.merged().conflicts()).isZero();
        assertThat(MergedReviewAcceptRejectIT.answers(merged.file(), true)).contains(
                "The Public Procurement Act 2015 applies to all ministries and state corporations and counties and agencies.");
    }

    @Test
    void acceptAllInLibreOfficeKeepsBothReviewersInsertionsAtOnePointAndRejectAllNeither() throws Exception {
        LibreOffice.requireWriterWindows();
        ReviewDesk.Consolidated merged = merge(
                france().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and agencies"),
                senegal().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"));

        Path accepted = LibreOffice.acceptAllChanges(merged.file(), folder.resolve("accepted"));
        Path rejected = LibreOffice.rejectAllChanges(merged.file(), folder.resolve("rejected"));

        assertThat(MergedReviewAcceptRejectIT.answers(accepted, true))
                .contains("The Public Procurement Act 2015 applies to all ministries and agencies and counties.");
        assertThat(new DocxReader().read(accepted).revisions()).isEmpty();
        assertThat(MergedReviewAcceptRejectIT.answers(rejected, true)).contains(MEASURES_FIRST);
    }

    @Test
    void anInsertionInsideTextAnotherReviewerDeletesIsAConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().delete(ReviewMergeTest.MEASURES, "Public Procurement "),
                senegal().insertAfter(ReviewMergeTest.MEASURES, "Public", " (Open)"));

        DocxReading reading = new DocxReader().read(merged.file());
        // The conflict comment's range starts inside the deletion, which is written in two pieces around it.
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .containsOnly(tuple(RevisionType.DELETION, FRANCE));
        assertThat(text(reading.revisions())).isEqualTo("Public Procurement ");
        assertThat(conflictComments(reading)).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(SENEGAL);
            assertThat(c.text()).contains("(Open)");
        });
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void aDeletionAroundAnotherReviewersEarlierInsertionIsAConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                senegal().insertAfter(ReviewMergeTest.MEASURES, "Public", " (Open)"),
                france().delete(ReviewMergeTest.MEASURES, "Public Procurement "));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author, Revision::text).containsExactly(tuple(SENEGAL, " (Open)"));
        assertThat(conflictComments(reading)).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(FRANCE);
            assertThat(c.text()).contains("delete \"Public Procurement \"");
        });
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void overlappingDeletionsAreAConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().delete(ReviewMergeTest.MEASURES, "Act 2015"),
                senegal().delete(ReviewMergeTest.MEASURES, "2015 applies"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .containsOnly(tuple(RevisionType.DELETION, FRANCE));
        assertThat(text(reading.revisions())).isEqualTo("Act 2015");
        assertThat(conflictComments(reading)).singleElement()
                .satisfies(c -> assertThat(c.text()).contains("Senegal (SEN)").contains("2015 applies"));
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void twoDifferentRewritesOfTheSameTextAreAConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().replace(ReviewMergeTest.MEASURES, "2015", "2016"),
                senegal().replace(ReviewMergeTest.MEASURES, "2015", "2017"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author).containsOnly(FRANCE);
        assertThat(conflictComments(reading)).singleElement().satisfies(c -> assertThat(c.text()).contains("2017"));
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void identicalDeletionsAreWrittenOnceWithACommentNamingTheOtherReviewer() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().delete(ReviewMergeTest.STEPS, " in 2027"),
                senegal().delete(ReviewMergeTest.STEPS, " in 2027"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author, Revision::text)
                .containsExactly(tuple(RevisionType.DELETION, FRANCE, " in 2027"));
        assertThat(reading.comments()).extracting(Comment::author, Comment::text)
                .containsExactly(tuple(SENEGAL, SENEGAL + " made the same change."));
        assertThat(merged.merged().conflicts()).isZero();
    }

    @Test
    void identicalInsertionsAtOnePointAreWrittenOnceNotTwice() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"),
                senegal().insertAfter(ReviewMergeTest.MEASURES, "ministries", " and counties"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author, Revision::text).containsExactly(tuple(FRANCE, " and counties"));
        assertThat(reading.comments()).extracting(Comment::author, Comment::text)
                .containsExactly(tuple(SENEGAL, SENEGAL + " made the same change."));
        assertThat(MergedReviewAcceptRejectIT.answers(merged.file(), true))
                .contains("The Public Procurement Act 2015 applies to all ministries and counties.");
        assertThat(merged.merged().conflicts()).isZero();
    }

    @Test
    void anInsertionRightAfterTextAnotherReviewerRewritesIsNoConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                france().replace(ReviewMergeTest.STEPS, "2027", "2028"),
                senegal().insertAfter(ReviewMergeTest.STEPS, "2027", " or earlier"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::author, Revision::text)
                .containsExactly(tuple(FRANCE, "2027"), tuple(FRANCE, "2028"), tuple(SENEGAL, " or earlier"));
        assertThat(reading.comments()).isEmpty();
        assertThat(MergedReviewAcceptRejectIT.answers(merged.file(), true))
                .contains("A new e-procurement portal opens in 2028 or earlier.");
    }

    @Test
    void anInsertionInsideTextAnotherReviewerOnlyReformatsIsNoConflict() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                secretariat().bold(ReviewMergeTest.EXAMPLES, "debarred 12 suppliers"),
                france().insertAfter(ReviewMergeTest.EXAMPLES, "debarred", " at least"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .contains(tuple(RevisionType.FORMATTING, SECRETARIAT), tuple(RevisionType.INSERTION, FRANCE));
        assertThat(reading.comments()).isEmpty();
        assertThat(MergedReviewAcceptRejectIT.answers(merged.file(), true))
                .contains("In 2024 the authority debarred at least 12 suppliers.");
    }

    @Test
    void boldAndItalicOfTheSameTextAreAConflictNotTheSameChange() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                secretariat().bold(ReviewMergeTest.EXAMPLES, "debarred"),
                france().italic(ReviewMergeTest.EXAMPLES, "debarred"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .containsExactly(tuple(RevisionType.FORMATTING, SECRETARIAT));
        assertThat(conflictComments(reading)).singleElement().satisfies(c -> assertThat(c.author()).isEqualTo(FRANCE));
        assertThat(merged.merged().conflicts()).isEqualTo(1);
    }

    @Test
    void theSameBoldingByTwoReviewersIsWrittenOnce() throws Exception {
        ReviewDesk.Consolidated merged = merge(
                secretariat().bold(ReviewMergeTest.EXAMPLES, "debarred"),
                france().bold(ReviewMergeTest.EXAMPLES, "debarred"));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .containsExactly(tuple(RevisionType.FORMATTING, SECRETARIAT));
        assertThat(reading.comments()).extracting(Comment::text).containsExactly(FRANCE + " made the same change.");
        assertThat(merged.merged().conflicts()).isZero();
    }
}
