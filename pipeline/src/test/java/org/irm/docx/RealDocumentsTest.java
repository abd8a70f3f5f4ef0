package org.irm.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irm.submission.screening.DocumentOpening;
import org.irm.submission.screening.OpenedDocument;
import org.irm.testsupport.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real-world file of ../shared/corpus/real-docs ends in a reading whose counts equal those
 * of MANIFEST.tsv, or in the specific refusal its kind deserves.
 *
 * <p>Counting rules, the manifest's own: content controls are all {@code w:sdt} at every depth in
 * body, headers, footers, footnotes, endnotes and comments; insertions and deletions are every
 * {@code w:ins} and {@code w:del}, including paragraph-mark and table-row ones; moves count
 * {@code w:moveFrom} elements; revision authors are the distinct authors of insertions, deletions
 * and moves, and also of formatting changes (the manifest lists one author for files with only
 * formatting revisions).
 */
class RealDocumentsTest {

    /** Files the manifest counts but the pipeline must refuse, with the reason each deserves. */
    private static final Map<String, RefusalReason> REFUSED = Map.of(
            "poi_truncated62886.docx", RefusalReason.CORRUPT,
            "poi_MarkAuthorsTable.doc", RefusalReason.LEGACY_WORD,
            "pandoc_trackedChanges.odt", RefusalReason.OPEN_DOCUMENT,
            "poi_SimpleMacro.docm", RefusalReason.MACRO_ENABLED,
            "poi_ChronologicalResume.dotx", RefusalReason.TEMPLATE);

    /**
     * Moves of whole content controls ({@code w:customXmlMoveFromRangeStart}), which the reader
     * reports as a move of their own beside the manifest's {@code w:moveFrom} elements.
     */
    private static final Map<String, Integer> CONTROLS_MOVED = Map.of("oxpt_RP018_move-in-content-control.docx", 1);

    private final DocumentOpening opening = new DocumentOpening();

    /** Skips the class, with the reason, in a checkout without ../shared/corpus (counted as a skipped test). */
    @BeforeAll
    static void needsTheCorpus() {
        SharedFiles.corpus();
    }

    static Stream<Map<String, String>> manifest() throws IOException {
        List<String> lines = Files.readAllLines(SharedFiles.corpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(line -> {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            return row;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void everyRealDocumentIsReadWithTheManifestCountsOrRefusedForItsReason(Map<String, String> row) {
        String name = row.get("file");
        OpenedDocument opened = opening.open(SharedFiles.corpus().resolve(name));

        if (REFUSED.containsKey(name)) {
            assertThat(opened.refusal()).as(name).hasValueSatisfying(r -> {
                assertThat(r.reason()).isEqualTo(REFUSED.get(name));
                assertThat(r.message()).isNotBlank();
            });
            return;
        }
        assertThat(opened.refusal()).as(name + " refused").isEmpty();
        DocxReading reading = opened.reading().orElseThrow();
        assertThat(reading.contentControls()).as(name + " sdt").hasSize(number(row, "sdt"));
        assertThat(count(reading.contentControls(), ControlKind.CHECKBOX)).as(name + " checkbox").isEqualTo(number(row, "checkbox"));
        assertThat(count(reading.contentControls(), ControlKind.DROPDOWN)).as(name + " dropdown").isEqualTo(number(row, "dropdown"));
        assertThat(count(reading.contentControls(), ControlKind.DATE)).as(name + " date").isEqualTo(number(row, "date"));
        assertThat(count(reading.contentControls(), ControlKind.REPEATING_SECTION)).as(name + " repeating").isEqualTo(number(row, "repeating"));
        assertThat(reading.comments()).as(name + " comments").hasSize(number(row, "comments"));
        assertThat(reading.comments().stream().map(Comment::author).map(a -> a == null ? "" : a).distinct().count())
                .as(name + " comment authors").isEqualTo(number(row, "comment_authors"));
        assertThat(count(reading.revisions(), RevisionType.INSERTION)).as(name + " ins").isEqualTo(number(row, "ins"));
        assertThat(count(reading.revisions(), RevisionType.DELETION)).as(name + " del").isEqualTo(number(row, "del"));
        assertThat(count(reading.revisions(), RevisionType.MOVE_FROM)).as(name + " moves")
                .isEqualTo(number(row, "moves") + CONTROLS_MOVED.getOrDefault(name, 0));
        assertThat(reading.revisions().stream().map(Revision::author).filter(Objects::nonNull).distinct().count())
                .as(name + " revision authors").isEqualTo(number(row, "revision_authors"));
    }

    private static long count(List<ContentControl> controls, ControlKind kind) {
        return controls.stream().filter(c -> c.kind() == kind).count();
    }

    private static long count(List<Revision> revisions, RevisionType type) {
        return revisions.stream().filter(r -> r.type() == type).count();
    }

    private static int number(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column).trim());
    }
}
