package org.irm.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.demo.ChecklistFiller;
import org.irm.identity.FieldMapEntry;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.StrictOpenXml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checklist saved as Word's "Strict Open XML Document" reads as it does in Transitional, and its annotated copy stays Strict. */
class StrictOpenXmlTest {

    @TempDir
    Path folder;

    private Path transitional;
    private Path strict;
    private String firstBookmark;

    /** Kenya's article 9 answered with Track Changes on, a comment on its first field, then saved as Strict. */
    @BeforeEach
    void returns() throws Exception {
        Checklists.Written issued = Checklists.write(folder.resolve("issued.docx"),
                Checklists.request("KEN", Language.EN, Set.of(9), null, Map.of()));
        Map<FieldId, String> answers = new LinkedHashMap<>();
        for (FieldMapEntry entry : issued.manifest().fields()) {
            if (entry.field().question().equals("measures")) {
                answers.put(entry.field(), "Public Procurement Act 2015, " + entry.field().provisionId());
            }
        }
        Path filled = folder.resolve("filled.docx");
        new ChecklistFiller("KEN agency", Instant.parse("2027-01-05T10:00:00Z")).fill(issued.file(), answers, filled);
        firstBookmark = issued.manifest().fields().get(0).bookmark();
        transitional = folder.resolve("commented.docx");
        new CommentedCopy("Focal point", "FP", PackageLimits.DEFAULTS).write(filled,
                List.of(new CommentedCopy.PlacedComment(firstBookmark, "Checked with the Ministry")),
                Instant.parse("2027-01-06T10:00:00Z"), transitional);
        strict = Files.write(folder.resolve("strict.docx"), StrictOpenXml.rewrite(Files.readAllBytes(transitional)));
    }

    @Test
    void aStrictChecklistReadsAsItsTransitionalTwin() throws Exception {
        DocxReading expected = new DocxReader().read(transitional);
        DocxReading read = new DocxReader().read(strict);

        assertThat(part(strict, "word/document.xml")).contains("http://purl.oclc.org/ooxml/wordprocessingml/main")
                .doesNotContain("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        assertThat(expected.contentControls()).isNotEmpty();
        assertThat(expected.revisions()).isNotEmpty();
        assertThat(expected.comments()).isNotEmpty();
        assertThat(read.contentControls()).isEqualTo(expected.contentControls());
        assertThat(read.revisions()).isEqualTo(expected.revisions());
        assertThat(read.comments()).isEqualTo(expected.comments());
        assertThat(read.bookmarks()).isEqualTo(expected.bookmarks());
        assertThat(read.customProperties()).isNotEmpty().isEqualTo(expected.customProperties());
        assertThat(read.customXmlParts()).isEqualTo(expected.customXmlParts());
    }

    @Test
    void theAnnotatedCopyOfAStrictChecklistStaysStrict() throws Exception {
        Path uncommented = Files.write(folder.resolve("strict-filled.docx"),
                StrictOpenXml.rewrite(Files.readAllBytes(folder.resolve("filled.docx"))));
        Path copy = folder.resolve("to-fix.docx");

        List<String> placed = new CommentedCopy("Secretariat", "SEC", PackageLimits.DEFAULTS).write(uncommented,
                List.of(new CommentedCopy.PlacedComment(firstBookmark, "Please say which law")),
                Instant.parse("2027-01-07T10:00:00Z"), copy);

        assertThat(placed).containsExactly(firstBookmark);
        assertThat(part(copy, "word/comments.xml")).contains("xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"")
                .doesNotContain("schemas.openxmlformats.org");
        assertThat(part(copy, "word/_rels/document.xml.rels"))
                .contains("Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/comments\"")
                .doesNotContain("schemas.openxmlformats.org/officeDocument");
        assertThat(new DocxReader().read(copy).comments()).singleElement().satisfies(comment -> {
            assertThat(comment.text()).isEqualTo("Please say which law");
            assertThat(comment.anchor().bookmarks()).contains(firstBookmark);
        });
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
