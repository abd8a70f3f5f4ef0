package org.irm.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.testsupport.Registers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewNotesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-30T10:00:00Z");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");

    @TempDir
    Path home;

    private ReviewNotes notes() {
        return Registers.under(home).reviewNotes();
    }

    private static ReviewCopyRecord copy(String reviewer, String sha256) {
        return new ReviewCopyRecord(0, UUID.randomUUID(), "uncac-2-KEN", "KEN", reviewer, sha256,
                "review-" + reviewer + ".docx", RECEIVED);
    }

    private static ReviewerNote note(String reviewer, NoteKind kind, FieldId field, String text, String sha256) {
        return new ReviewerNote("uncac-2-KEN", "KEN", reviewer, "J. Doe", null, field, kind, text,
                kind == NoteKind.COMMENT ? "3" : null, null, sha256, RECEIVED.minusSeconds(3600));
    }

    @Test
    void notesAreReadBackPerProvisionWithReviewerAuthorFieldAndDate() {
        ReviewNotes notes = notes();
        notes.record(copy("FRA", "aa"), List.of(
                note("FRA", NoteKind.COMMENT, MEASURES, "Which law?", "aa"),
                note("FRA", NoteKind.RECOMMENDATION, FieldId.parse("uncac.10.a/reviewRecommendation"), "Publish it.", "aa")));

        List<ReviewerNote> onNine = notes.ofProvision("uncac-2-KEN", "uncac.9.1.a");

        assertThat(onNine).singleElement().satisfies(n -> {
            assertThat(n.reviewingState()).isEqualTo("FRA");
            assertThat(n.author()).isEqualTo("J. Doe");
            assertThat(n.field()).isEqualTo(MEASURES);
            assertThat(n.kind()).isEqualTo(NoteKind.COMMENT);
            assertThat(n.markId()).isEqualTo("3");
            assertThat(n.fileSha256()).isEqualTo("aa");
            assertThat(n.notedAt()).isEqualTo(RECEIVED.minusSeconds(3600));
        });
        assertThat(notes.ofReview("uncac-2-KEN")).hasSize(2);
    }

    @Test
    void aReviewersSecondCopySupersedesTheFirstAndTheSameFileIsRecordedOnce() {
        ReviewNotes notes = notes();
        notes.record(copy("FRA", "aa"), List.of(note("FRA", NoteKind.COMMENT, MEASURES, "first", "aa")));
        notes.record(copy("SEN", "bb"), List.of(note("SEN", NoteKind.INSERTION, MEASURES, "added", "bb")));
        notes.record(copy("FRA", "cc"), List.of(note("FRA", NoteKind.COMMENT, MEASURES, "second", "cc")));

        ReviewNotes.Recorded again = notes.record(copy("FRA", "cc"), List.of());

        assertThat(again.duplicate()).isTrue();
        assertThat(notes.ofState("KEN")).extracting(ReviewerNote::reviewingState, ReviewerNote::text)
                .containsExactly(tuple("SEN", "added"), tuple("FRA", "second"));
        assertThat(notes.latestCopies("uncac-2-KEN")).extracting(ReviewCopyRecord::sha256).containsExactly("bb", "cc");
    }

    @Test
    void whoReviewedEachProvisionCountsCommentsChangesAndFilledReviewerFields() {
        ReviewNotes notes = notes();
        notes.record(copy("FRA", "aa"), List.of(
                note("FRA", NoteKind.COMMENT, MEASURES, "Which law?", "aa"),
                note("FRA", NoteKind.DELETION, MEASURES, "old", "aa"),
                note("FRA", NoteKind.OBSERVATION, FieldId.parse("uncac.9.1.a/reviewObservation"), "Good.", "aa"),
                note("FRA", NoteKind.GOOD_PRACTICE, FieldId.parse("uncac.9.1.a/reviewGoodPractice"), "", "aa")));

        assertThat(notes.byProvision("KEN")).containsExactly(
                new ReviewNotes.ProvisionReview("uncac.9.1.a", "FRA", 1, 1, 1));
    }
}
