package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.Language;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.PartKind;
import org.irm.docx.RefusedDocumentException;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.docx.TrackedParagraphs;
import org.irm.docx.WordPackage;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.NoteKind;
import org.irm.register.ReviewerNote;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real multi-author Word files (../shared/corpus/real-docs: several comment authors with replies,
 * four revision authors, moves, Arabic revisions) read as if a reviewer had returned them: every
 * comment and every tracked change becomes exactly one note, with its author and thread.
 */
class RealReviewedDocumentsTest {

    private static final ChecklistIdentity REVIEWER = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-KEN", "KEN",
            "uncac", 2, Language.EN, "2026.1", null, Instant.parse("2026-11-01T00:00:00Z"), "00", "FRA");

    /** Skips the class, with the reason, in a checkout without ../shared/corpus (counted as a skipped test). */
    @BeforeAll
    static void needsTheCorpus() {
        SharedFiles.corpus();
    }

    static Stream<String> reviewedFiles() throws IOException {
        List<String> lines = Files.readAllLines(SharedFiles.corpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1))
                .filter(c -> c[0].endsWith(".docx"))
                .filter(c -> number(c[header.indexOf("comments")]) + number(c[header.indexOf("ins")])
                        + number(c[header.indexOf("del")]) + number(c[header.indexOf("moves")]) > 0)
                .map(c -> c[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewedFiles")
    void everyCommentAndTrackedChangeOfARealFileBecomesOneNoteWithItsAuthor(String name) throws Exception {
        Path file = SharedFiles.corpus().resolve(name);
        DocxReading reading;
        ReturnedCopy copy;
        try (WordPackage pkg = WordPackage.open(file, PackageLimits.DEFAULTS)) {
            reading = new DocxReader().read(pkg);
            CopyLayout layout = new CopyLayout(Checklists.cycle2());
            copy = new ReturnedCopy(REVIEWER, reading, ReturnedCopy.regions(new TrackedParagraphs().read(pkg), layout), "ab");
        } catch (RefusedDocumentException refused) {
            return; // Files the pipeline refuses (broken, legacy) are RealDocumentsTest's business.
        }

        List<ReviewerNote> notes = new CopyNotes(new CopyLayout(Checklists.cycle2())).of(copy, Instant.now());

        List<ReviewerNote> comments = notes.stream().filter(n -> n.kind() == NoteKind.COMMENT).toList();
        assertThat(comments).extracting(ReviewerNote::author, ReviewerNote::markId, ReviewerNote::parentMarkId)
                .as(name + " comments").containsExactlyInAnyOrderElementsOf(reading.comments().stream()
                        .map(c -> Tuple.tuple(c.author(), c.id(), c.parentId())).toList());
        List<ReviewerNote> changes = notes.stream().filter(n -> n.kind().isChange()).toList();
        assertThat(changes).extracting(ReviewerNote::author).as(name + " revision authors")
                .containsExactlyInAnyOrderElementsOf(reading.revisions().stream().map(Revision::author).toList());
        assertThat(notes).allSatisfy(n -> assertThat(n.reviewingState()).isEqualTo("FRA"));
        // The positional reading the merge lays copies over finds every body change that carries text, in place.
        Set<String> placed = new HashSet<>();
        copy.regions().forEach(r -> r.paragraphs().forEach(p -> p.pieces().stream().filter(x -> x.change() != null)
                .forEach(x -> placed.add(x.change().id() + "/" + x.change().type() + "/" + x.change().author()))));
        assertThat(reading.revisions().stream().filter(r -> r.part() == PartKind.BODY && !r.text().isEmpty()
                        && r.type() != RevisionType.FORMATTING)
                .map(r -> r.id() + "/" + r.type() + "/" + r.author()).toList()).as(name + " placed").allMatch(placed::contains);
    }

    private static int number(String cell) {
        try {
            return Integer.parseInt(cell.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
