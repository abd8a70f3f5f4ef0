package org.irm.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-written WordprocessingML, read as Word would show it with every change accepted. */
class DocxReaderTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
            + "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"";

    @TempDir
    Path folder;

    @Test
    void textIsReadWithInsertionsInDeletionsOutAndMovesAtTheirDestination() throws Exception {
        DocxReading reading = read(body("<w:sdt><w:sdtPr><w:tag w:val=\"t\"/></w:sdtPr><w:sdtContent><w:p>"
                + "<w:r><w:t>Law </w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>12</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"B\"><w:r><w:t>13</w:t></w:r></w:ins>"
                + "<w:moveFrom w:id=\"3\" w:author=\"C\"><w:r><w:t> old place</w:t></w:r></w:moveFrom>"
                + "</w:p><w:p><w:moveTo w:id=\"4\" w:author=\"C\"><w:r><w:t>new place</w:t></w:r></w:moveTo></w:p>"
                + "</w:sdtContent></w:sdt>"), Map.of());

        ContentControl control = reading.contentControls().get(0);
        assertThat(control.text()).isEqualTo("Law 13\nnew place");
        assertThat(control.pendingChanges()).isTrue();
        assertThat(reading.revisions()).extracting(Revision::type, Revision::text).containsExactly(
                Tuple.tuple(RevisionType.DELETION, "12"),
                Tuple.tuple(RevisionType.INSERTION, "13"),
                Tuple.tuple(RevisionType.MOVE_FROM, " old place"),
                Tuple.tuple(RevisionType.MOVE_TO, "new place"));
        assertThat(reading.revisions()).allMatch(r -> "t".equals(r.anchor().controlTag()));
    }

    @Test
    void aDropDownGivesTheSelectedItemsValueNotItsDisplayedText() throws Exception {
        DocxReading reading = read(body("<w:p><w:sdt><w:sdtPr><w:dropDownList>"
                + "<w:listItem w:displayText=\"Yes, in part\" w:value=\"partly\"/><w:listItem w:displayText=\"No\" w:value=\"no\"/>"
                + "</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>Yes, in part</w:t></w:r></w:sdtContent></w:sdt></w:p>"), Map.of());

        ContentControl control = reading.contentControls().get(0);
        assertThat(control.kind()).isEqualTo(ControlKind.DROPDOWN);
        assertThat(control.level()).isEqualTo(ControlLevel.RUN);
        assertThat(control.selectedValue()).isEqualTo("partly");
    }

    @Test
    void checkBoxesAreReadFromTheirStateOrFromTheGlyphAlone() throws Exception {
        DocxReading reading = read(body("<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>"
                + "<w:sdtContent><w:r><w:t>\u2612</w:t></w:r></w:sdtContent></w:sdt>"
                + "<w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt></w:p>"), Map.of());

        assertThat(reading.contentControls()).extracting(ContentControl::checked).containsExactly(true, false);
    }

    @Test
    void controlsInTablesHeadersAndNestingHaveTheirLevelPartAndParent() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("word/header1.xml", "<w:hdr " + W + "><w:sdt><w:sdtPr><w:tag w:val=\"h\"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt></w:hdr>");
        DocxReading reading = read(body("<w:tbl><w:sdt><w:sdtPr><w:tag w:val=\"row\"/></w:sdtPr><w:sdtContent><w:tr>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"cell\"/></w:sdtPr><w:sdtContent><w:tc><w:p>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"run\"/><w:date w:fullDate=\"2027-02-14T00:00:00Z\"/></w:sdtPr>"
                + "<w:sdtContent><w:r><w:t>2027-02-14</w:t></w:r></w:sdtContent></w:sdt>"
                + "</w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>"), extra);

        assertThat(reading.contentControls()).extracting(ContentControl::tag, ContentControl::level, ContentControl::part)
                .containsExactly(
                        Tuple.tuple("row", ControlLevel.ROW, PartKind.BODY),
                        Tuple.tuple("cell", ControlLevel.CELL, PartKind.BODY),
                        Tuple.tuple("run", ControlLevel.RUN, PartKind.BODY),
                        Tuple.tuple("h", ControlLevel.BLOCK, PartKind.HEADER));
        assertThat(reading.contentControls().get(2).parentIndex()).isEqualTo(1);
        assertThat(reading.contentControls().get(2).date()).isEqualTo("2027-02-14");
    }

    @Test
    void repliesAreThreadedToTheCommentTheyAnswer() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("word/comments.xml", "<w:comments " + W + ">"
                + "<w:comment w:id=\"0\" w:author=\"KEN reviewer\"><w:p w14:paraId=\"AAAA0001\"><w:r><w:t>Which law?</w:t></w:r></w:p></w:comment>"
                + "<w:comment w:id=\"1\" w:author=\"Secretariat\"><w:p w14:paraId=\"AAAA0002\"><w:r><w:t>Act of 2019</w:t></w:r></w:p></w:comment>"
                + "</w:comments>");
        extra.put("word/commentsExtended.xml", "<w15:commentsEx " + W + "><w15:commentEx w15:paraId=\"AAAA0001\"/>"
                + "<w15:commentEx w15:paraId=\"AAAA0002\" w15:paraIdParent=\"AAAA0001\"/></w15:commentsEx>");
        DocxReading reading = read(body("<w:p><w:bookmarkStart w:id=\"5\" w:name=\"irm_x\"/><w:commentRangeStart w:id=\"0\"/>"
                + "<w:r><w:t>text</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:bookmarkEnd w:id=\"5\"/></w:p>"), extra);

        assertThat(reading.comments()).extracting(Comment::id, Comment::author, Comment::text, Comment::parentId)
                .containsExactly(Tuple.tuple("0", "KEN reviewer", "Which law?", null),
                        Tuple.tuple("1", "Secretariat", "Act of 2019", "0"));
        assertThat(reading.comments().get(0).anchor().bookmarks()).containsExactly("irm_x");
    }

    @Test
    void aBookmarkStartedAgainUnderAnotherIdIsOneBookmarkWithItsTextOnce() throws Exception {
        // As LibreOffice writes it where a content control ends: a second start of a bookmark still open.
        DocxReading reading = read(body("<w:p><w:bookmarkStart w:id=\"1\" w:name=\"irm_a\"/><w:r><w:t>one</w:t></w:r>"
                + "<w:bookmarkStart w:id=\"2\" w:name=\"irm_b\"/><w:bookmarkStart w:id=\"3\" w:name=\"irm_a\"/>"
                + "<w:r><w:t>two</w:t></w:r><w:commentRangeStart w:id=\"0\"/><w:bookmarkEnd w:id=\"3\"/>"
                + "<w:r><w:t>three</w:t></w:r><w:bookmarkEnd w:id=\"1\"/><w:bookmarkEnd w:id=\"2\"/></w:p>"), Map.of());

        assertThat(reading.bookmarks()).extracting(Bookmark::name, Bookmark::text)
                .containsExactly(Tuple.tuple("irm_a", "onetwo"), Tuple.tuple("irm_b", "twothree"));
    }

    @Test
    void theTrackedDeletionOrInsertionOfAWholeContentControlIsOneRevisionOnThatControl() throws Exception {
        // As Word writes it: one mark around the control's start tag, one around its end tag.
        DocxReading reading = read(body("<w:customXmlDelRangeStart w:id=\"9\" w:author=\"KEN agency\" w:date=\"2027-01-05T10:00:00Z\"/>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"deleted\"/></w:sdtPr><w:sdtContent><w:customXmlDelRangeEnd w:id=\"9\"/>"
                + "<w:p><w:del w:id=\"10\" w:author=\"KEN agency\"><w:r><w:delText>old answer</w:delText></w:r></w:del></w:p>"
                + "<w:customXmlDelRangeStart w:id=\"11\" w:author=\"KEN agency\"/></w:sdtContent></w:sdt>"
                + "<w:customXmlDelRangeEnd w:id=\"11\"/>"
                + "<w:customXmlInsRangeStart w:id=\"12\" w:author=\"KEN focal point\"/>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"inserted\"/></w:sdtPr><w:sdtContent><w:customXmlInsRangeEnd w:id=\"12\"/>"
                + "<w:p/><w:customXmlInsRangeStart w:id=\"13\" w:author=\"KEN focal point\"/></w:sdtContent></w:sdt>"
                + "<w:customXmlInsRangeEnd w:id=\"13\"/>"), Map.of());

        assertThat(reading.revisions()).extracting(Revision::id, Revision::type, Revision::author, r -> r.anchor().controlTag())
                .containsExactly(
                        Tuple.tuple("9", RevisionType.DELETION, "KEN agency", "deleted"),
                        Tuple.tuple("10", RevisionType.DELETION, "KEN agency", "deleted"),
                        Tuple.tuple("12", RevisionType.INSERTION, "KEN focal point", "inserted"));
        assertThat(reading.revisions().get(0).date()).isEqualTo("2027-01-05T10:00:00Z");
        assertThat(reading.contentControls()).allMatch(ContentControl::pendingChanges);
    }

    @Test
    void aTableGridChangeIsPartOfItsTablePropertiesChangeNotARevisionByNoOne() throws Exception {
        DocxReading reading = read(body("<w:tbl><w:tblPr><w:tblW w:w=\"5000\"/><w:tblPrChange w:id=\"1\" w:author=\"KEN\" "
                + "w:date=\"2027-01-05T10:00:00Z\"><w:tblPr><w:tblW w:w=\"4000\"/></w:tblPr></w:tblPrChange></w:tblPr>"
                + "<w:tblGrid><w:gridCol w:w=\"5000\"/><w:tblGridChange w:id=\"2\"><w:tblGrid><w:gridCol w:w=\"4000\"/>"
                + "</w:tblGrid></w:tblGridChange></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"), Map.of());

        assertThat(reading.revisions()).extracting(Revision::type, Revision::author)
                .containsExactly(Tuple.tuple(RevisionType.FORMATTING, "KEN"));
    }

    private DocxReading read(String document, Map<String, String> extraParts) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        entries.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 1;
        for (String part : extraParts.keySet()) {
            String file = part.substring("word/".length());
            String type = file.startsWith("header") ? "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
                    : file.startsWith("commentsExtended") ? "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
                    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
            rels.append("<Relationship Id=\"x").append(n++).append("\" Type=\"").append(type).append("\" Target=\"").append(file).append("\"/>");
        }
        entries.put("word/_rels/document.xml.rels", rels.append("</Relationships>").toString());
        entries.put("word/document.xml", document);
        entries.putAll(extraParts);
        return new DocxReader().read(Zips.write(folder.resolve("test.docx"), entries));
    }

    private static String body(String content) {
        return "<w:document " + W + "><w:body>" + content + "</w:body></w:document>";
    }
}
