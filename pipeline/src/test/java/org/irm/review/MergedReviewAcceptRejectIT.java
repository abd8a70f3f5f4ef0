package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.irm.docx.Comment;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.Revision;
import org.irm.docx.TrackedParagraph.PieceKind;
import org.irm.docx.TrackedParagraph;
import org.irm.docx.TrackedParagraphs;
import org.irm.docx.WordPackage;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consolidated review of three reviewers' copies, opened in real LibreOffice (through UNO) and
 * its tracked changes accepted or rejected as a secretariat officer would: the answers then read
 * exactly as the reviewers' edits applied, or exactly as the State wrote them.
 */
// Runs with Debian's libreoffice-writer, not -nogui: the latter lacks Writer's comment window layout and
// LibreOffice then aborts loading any document with a comment in a view (see LibreOffice.requireWriterWindows).
class MergedReviewAcceptRejectIT {

    static final String FRANCE = "France (FRA) \u2014 Marie Curie";

    @TempDir
    Path folder;
    Path merged;

    @BeforeEach
    void mergeThreeCopies() throws Exception {
        LibreOffice.requireWriterWindows();
        ReviewDesk desk = ReviewMergeTest.desk();
        merged = desk.merge(ReviewMergeTest.kenya(), ReviewMergeTest.threeEditedCopies(desk, folder), folder.resolve("merged")).file();
    }

    @Test
    void acceptAllInLibreOfficeGivesTheAnswersWithEveryReviewersEditAppliedAndKeepsTheComments() throws Exception {
        Path accepted = LibreOffice.acceptAllChanges(merged, folder.resolve("accepted"));

        assertThat(answers(accepted, true)).isEqualTo(answers(merged, true))
                .contains("The Public Procurement Act 2016 applies to all ministries and state corporations.",
                        "Audits take place every year.", "the authority debarred 12 suppliers.",
                        "In 2024  A new e-procurement portal opens.")
                .doesNotContain(ReviewMergeTest.ANSWERS.get(ReviewMergeTest.EXAMPLES));
        DocxReading reading = new DocxReader().read(accepted);
        assertThat(reading.revisions()).isEmpty();
        assertThat(reading.comments()).extracting(Comment::text)
                .containsExactlyInAnyOrderElementsOf(new DocxReader().read(merged).comments().stream().map(Comment::text).toList());
    }

    @Test
    void rejectAllInLibreOfficeGivesTheAnswersExactlyAsTheStateWroteThem() throws Exception {
        Path rejected = LibreOffice.rejectAllChanges(merged, folder.resolve("rejected"));

        List<String> answers = answers(rejected, true);
        assertThat(answers).isEqualTo(answers(merged, false))
                .contains("The Public Procurement Act 2015 applies to all ministries.", "Audits take place every year.",
                        ReviewMergeTest.ANSWERS.get(ReviewMergeTest.EXAMPLES), ReviewMergeTest.ANSWERS.get(ReviewMergeTest.STEPS))
                .noneMatch(a -> a.contains("2016") || a.contains("state corporations"));
        DocxReading reading = new DocxReader().read(rejected);
        assertThat(reading.revisions()).isEmpty();
        assertThat(reading.comments()).hasSameSizeAs(new DocxReader().read(merged).comments());
    }

    @Test
    void acceptingOneReviewersChangesInLibreOfficeAppliesTheirsAndLeavesTheOthersTracked() throws Exception {
        Set<String> others = new DocxReader().read(merged).revisions().stream().map(Revision::author)
                .filter(a -> !a.equals(FRANCE)).collect(Collectors.toSet());

        Path franceAccepted = LibreOffice.acceptChangesOf(FRANCE, merged, folder.resolve("france"));

        DocxReading reading = new DocxReader().read(franceAccepted);
        assertThat(reading.revisions()).extracting(Revision::author).doesNotContain(FRANCE)
                .containsAll(others);
        // With the others' changes still rejectable, France's alone is now part of the text.
        assertThat(answers(franceAccepted, false))
                .contains("The Public Procurement Act 2016 applies to all ministries.",
                        ReviewMergeTest.ANSWERS.get(ReviewMergeTest.EXAMPLES), ReviewMergeTest.ANSWERS.get(ReviewMergeTest.STEPS));
    }

    /**
     * The text of every answer paragraph (style IrmAnswer), its tracked changes accepted or rejected, by our reader.
     * LibreOffice saves the style with an id made from its name "IRM Answer": IRMAnswer.
     */
    static List<String> answers(Path file, boolean accept) throws Exception {
        List<TrackedParagraph> paragraphs = new TrackedParagraphs().read(WordPackage.open(file, PackageLimits.DEFAULTS));
        return paragraphs.stream().filter(p -> "IrmAnswer".equalsIgnoreCase(p.style()))
                .map(p -> p.pieces().stream().filter(piece -> accept
                                ? piece.kind() == PieceKind.KEPT || piece.kind() == PieceKind.INSERTED || piece.kind() == PieceKind.MOVED_TO
                                : piece.kind() == PieceKind.KEPT || piece.kind() == PieceKind.DELETED || piece.kind() == PieceKind.MOVED_FROM)
                        .map(TrackedParagraph.Piece::text).collect(Collectors.joining()))
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
