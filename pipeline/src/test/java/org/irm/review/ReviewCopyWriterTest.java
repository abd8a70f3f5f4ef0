package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.demo.SampleReviewer;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.Revision;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.FieldMarks;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.register.NoteKind;
import org.irm.testsupport.Checklists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCopyWriterTest {

    @TempDir
    Path folder;

    @Test
    void aReviewCopyEnforcesTrackChangesAndIsSealedAsTheReviewersCopy() throws Exception {
        ReviewDesk.Copy copy = ReviewMergeTest.desk().reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.EN, "FRA",
                ReviewMergeTest.ANSWERS, folder);

        String settings = part(copy.file(), "word/settings.xml");
        assertThat(settings).contains("trackRevisions").contains("w:edit=\"trackedChanges\"").containsPattern("w:enforcement=\"(1|true)\"");
        DocxReading reading = new DocxReader().read(copy.file());
        IdentityCheck identity = new IdentityVerifier(Checklists.SEAL).check(reading);
        assertThat(identity.valid()).isTrue();
        assertThat(identity.identity().orElseThrow().reviewer()).isEqualTo("FRA");
        assertThat(reading.contentControls()).extracting(c -> c.tag())
                .contains(FieldMarks.tag(ReviewerFields.field("uncac.9.1.a", NoteKind.RECOMMENDATION)));
        assertThat(reading.bookmarks()).extracting(b -> b.name()).contains(FieldMarks.bookmark(ReviewMergeTest.MEASURES));
        assertThat(reading.revisions()).isEmpty();
    }

    @Test
    void aCopyIsNeverWrittenOverAnEarlierOne() throws Exception {
        ReviewDesk desk = ReviewMergeTest.desk();
        Path first = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.EN, ChecklistIdentity.SECRETARIAT,
                Map.of(), folder).file();
        Path second = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.EN, ChecklistIdentity.SECRETARIAT,
                Map.of(), folder).file();

        assertThat(second).isNotEqualTo(first).exists();
        assertThat(first).exists();
    }

    @Test
    void anArabicReviewCopyIsRightToLeftAndItsArabicChangesMergeWithTheirReviewer() throws Exception {
        ReviewDesk desk = ReviewMergeTest.desk();
        Map<FieldId, String> answers = Map.of(ReviewMergeTest.MEASURES, "يطبق قانون المشتريات العامة لعام 2015.");
        Path copy = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.AR, "EGY", answers, folder).file();
        assertThat(part(copy, "word/document.xml")).contains("<w:bidi/>").contains("<w:rtl/>");
        Path edited = SampleReviewer.open(copy).as("أحمد", "2026-12-01T10:00:00Z")
                .replace(ReviewMergeTest.MEASURES, "العامة", "العمومية").save(folder.resolve("egy.docx"));

        ReviewDesk.Consolidated merged = desk.merge(ReviewMergeTest.kenya(), List.of(edited), folder.resolve("merged"));

        List<Revision> revisions = new DocxReader().read(merged.file()).revisions();
        assertThat(revisions).extracting(Revision::text).containsExactlyInAnyOrder("العامة", "العمومية");
        // The reviewing State is named in the review's language, as its cover names it.
        assertThat(revisions).allSatisfy(r -> assertThat(r.author()).startsWith("مصر (EGY)").endsWith("أحمد"));
    }

    @Test
    void theNeedsAStateStatedInItsOwnWordsAreShownOneByOneAndAReviewersEditOfOneIsMergedOnIt() throws Exception {
        ReviewDesk desk = ReviewMergeTest.desk();
        FieldId needs = FieldId.of("uncac.9.1.a", "taNeeds");
        Map<FieldId, String> answers = new java.util.HashMap<>(Map.of(needs, "3",
                Needs.description(needs, 1), "Training of procurement officers.", Needs.priority(needs, 1), "high",
                Needs.description(needs, 2), "An e-procurement platform.", Needs.priority(needs, 2), "",
                Needs.description(needs, 3), "A study of bid rigging.", Needs.priority(needs, 3), "urgent"));
        Path copy = desk.reviewCopy(ReviewMergeTest.kenya(), "uncac-2-KEN", Language.EN, "FRA", answers, folder).file();

        DocxReading reading = new DocxReader().read(copy);
        assertThat(reading.bookmarks()).filteredOn(b -> b.name().equals(FieldMarks.bookmark(needs))).singleElement()
                .satisfies(b -> assertThat(b.text().split("\n")).containsExactly(
                        "1. Training of procurement officers. (Priority: High)", "2. An e-procurement platform.",
                        "3. A study of bid rigging. (Priority: urgent)"));
        Path edited = SampleReviewer.open(copy).as("Jean Martin", "2026-12-01T10:00:00Z")
                .replace(needs, "platform", "platform with open data").save(folder.resolve("fra.docx"));

        ReviewDesk.Consolidated merged = desk.merge(ReviewMergeTest.kenya(), List.of(edited), folder.resolve("merged"));

        DocxReading consolidated = new DocxReader().read(merged.file());
        assertThat(consolidated.bookmarks()).filteredOn(b -> b.name().equals(FieldMarks.bookmark(needs))).singleElement()
                .satisfies(b -> assertThat(b.text()).contains("1. Training of procurement officers. (Priority: High)",
                        "2. An e-procurement platform with open data.", "3. A study of bid rigging."));
        assertThat(consolidated.revisions()).extracting(Revision::text).contains("platform with open data");
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
