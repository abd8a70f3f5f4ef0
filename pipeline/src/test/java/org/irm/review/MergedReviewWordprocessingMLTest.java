package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.docx4j.TraversalUtil;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/**
 * The consolidated review of the three-copy fixture, held to what Word itself insists on when it
 * opens tracked changes and comments (Word refuses or "repairs" files LibreOffice takes as they are).
 */
class MergedReviewWordprocessingMLTest {

    static final Map<String, String> NS = Map.of(
            "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "w15", "http://schemas.microsoft.com/office/word/2012/wordml",
            "mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
    static final String CHANGES = "//w:ins|//w:del|//w:moveFrom|//w:moveTo|//w:rPrChange|//w:pPrChange"
            + "|//w:moveFromRangeStart|//w:moveToRangeStart";

    @TempDir
    static Path folder;
    static Path merged;
    static String document;
    static String comments;

    @BeforeAll
    static void mergeThreeCopies() throws Exception {
        ReviewDesk desk = ReviewMergeTest.desk();
        merged = desk.merge(ReviewMergeTest.kenya(), ReviewMergeTest.threeEditedCopies(desk, folder), folder.resolve("merged")).file();
        document = part("word/document.xml");
        comments = part("word/comments.xml");
    }

    @Test
    void everyTrackedChangeHasItsOwnIdDistinctFromCommentAndBookmarkIds() {
        List<String> changeIds = values(document, CHANGES, "id");
        assertThat(changeIds).isNotEmpty().doesNotHaveDuplicates();
        Set<String> others = new HashSet<>(values(comments, "//w:comment", "id"));
        others.addAll(values(document, "//w:bookmarkStart", "id"));
        assertThat(changeIds).doesNotContainAnyElementsOf(others);
        assertThat(values(document, "//w:bookmarkStart", "id")).doesNotHaveDuplicates();
    }

    @Test
    void pagesAreNumberedInTheFooterAndNoNotesRowIsSplitAcrossPages() throws Exception {
        String footer = part("word/footer.xml");
        assertThat(count(document, "/w:document/w:body/w:sectPr/w:footerReference[@w:type='default']")).isEqualTo(1);
        assertThat(engine().evaluate("normalize-space(string(//w:p))", Input.fromString(footer).build()))
                .as("the wording around the PAGE and NUMPAGES fields, each shown 1 until laid out")
                .isEqualTo("Page PAGE 1 of NUMPAGES 1");
        assertThat(count(footer, "//w:instrText[normalize-space(.)='PAGE']")).isEqualTo(1);
        assertThat(count(footer, "//w:instrText[normalize-space(.)='NUMPAGES']")).isEqualTo(1);
        assertThat(count(document, "//w:tr")).as("rows of the reviewers' notes").isPositive();
        assertThat(count(document, "//w:tr[not(w:trPr/w:cantSplit)]")).isZero();
        assertThat(count(document, "//w:tbl/w:tr[1][w:trPr/w:tblHeader]")).isEqualTo(count(document, "//w:tbl"));
        assertThat(org.irm.testsupport.WordOpenable.problems(merged)).isEmpty();
    }

    @Test
    void deletedTextIsDelTextAndOnlyThere() {
        assertThat(count(document, "//w:del")).isPositive();
        assertThat(count(document, "//w:del//w:t")).isZero();
        assertThat(count(document, "//w:del//w:delText")).isEqualTo(count(document, "//w:del/w:r"));
        assertThat(count(document, "//w:delText[not(ancestor::w:del)]")).isZero();
        assertThat(count(document, "//w:moveFrom//w:delText|//w:moveTo//w:delText|//w:ins//w:delText")).isZero();
    }

    @Test
    void eachMoveHasBothHalvesUnderOneNameAndEveryMoveRangeIsClosed() {
        List<String> from = values(document, "//w:moveFromRangeStart", "name");
        List<String> to = values(document, "//w:moveToRangeStart", "name");
        assertThat(from).isNotEmpty().hasSameElementsAs(to);
        assertThat(values(document, "//w:moveFromRangeStart", "id")).hasSameElementsAs(values(document, "//w:moveFromRangeEnd", "id"));
        assertThat(values(document, "//w:moveToRangeStart", "id")).hasSameElementsAs(values(document, "//w:moveToRangeEnd", "id"));
        assertThat(count(document, "//w:moveFrom[not(preceding::w:moveFromRangeStart)]")).isZero();
        assertThat(count(document, "//w:moveTo[not(preceding::w:moveToRangeStart)]")).isZero();
    }

    @Test
    void everyCommentRangeIsBalancedAndPointsToAComment() throws IOException {
        List<String> starts = values(document, "//w:commentRangeStart", "id");
        List<String> commentIds = values(comments, "//w:comment", "id");
        assertThat(starts).isNotEmpty().doesNotHaveDuplicates().hasSameElementsAs(commentIds);
        assertThat(values(document, "//w:commentRangeEnd", "id")).doesNotHaveDuplicates().hasSameElementsAs(starts);
        assertThat(values(document, "//w:commentReference", "id")).doesNotHaveDuplicates().hasSameElementsAs(starts);
        assertThat(commentIds).doesNotHaveDuplicates();
        // Each range ends after it starts, in document order.
        for (String id : starts) {
            assertThat(count(document, "//w:commentRangeEnd[@w:id='" + id + "'][preceding::w:commentRangeStart[@w:id='" + id + "']]"))
                    .as("range of comment %s", id).isEqualTo(1);
        }
        // Threads: every reply's parent is a comment of the part.
        Set<String> paraIds = new HashSet<>(values(comments, "//w:comment/w:p", "paraId", "http://schemas.microsoft.com/office/word/2010/wordml"));
        assertThat(values(part("word/commentsExtended.xml"), "//w15:commentEx[@w15:paraIdParent]", "paraIdParent", NS.get("w15")))
                .isNotEmpty().allMatch(paraIds::contains);
    }

    @Test
    void markupCompatibilityIgnoresExactlyPrefixesTheRootDeclaresAndEveryExtensionPrefixUsed() throws IOException {
        for (String name : List.of("word/document.xml", "word/comments.xml", "word/commentsExtended.xml", "word/styles.xml")) {
            String xml = part(name);
            String root = xml.substring(xml.indexOf('<', xml.indexOf("?>") + 2), xml.indexOf('>', xml.indexOf("?>") + 2));
            Set<String> declared = matches(root, "xmlns:([A-Za-z0-9]+)=");
            Matcher ignorable = Pattern.compile("mc:Ignorable=\"([^\"]*)\"").matcher(root);
            Set<String> ignored = ignorable.find() ? Set.of(ignorable.group(1).trim().split("\\s+")) : Set.of();
            assertThat(declared).as("%s declares what it ignores", name).containsAll(ignored);
            Set<String> extensions = matches(xml, "[<\\s/](w1[4-9]|w16[a-z]*|wp14|w15):");
            // A part whose root is an extension (w15:commentsEx) is only read by applications that know it.
            extensions.remove(root.substring(1, Math.max(1, root.indexOf(':'))));
            assertThat(ignored).as("%s ignores every extension it uses", name).containsAll(extensions);
        }
    }

    @Test
    void docx4jUnmarshalsEveryPartWithoutAValidationEvent() throws Exception {
        List<String> events = new ArrayList<>();
        for (String name : List.of("word/document.xml", "word/comments.xml", "word/commentsExtended.xml", "word/styles.xml")) {
            Unmarshaller unmarshaller = Context.jc.createUnmarshaller();
            unmarshaller.setEventHandler(event -> {
                events.add(name + ": " + event.getMessage());
                return true;
            });
            unmarshaller.unmarshal(new ByteArrayInputStream(part(name).getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(events).isEmpty();
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(merged.toFile());
        List<Object> visited = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                visited.add(o);
                return null;
            }
        });
        assertThat(visited).hasAtLeastOneElementOfType(RunIns.class).hasAtLeastOneElementOfType(RunDel.class);
        assertThat(pkg.getMainDocumentPart().getCommentsPart().getContents().getComment())
                .hasSize(count(comments, "//w:comment"));
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> values(String xml, String xpath, String attribute) {
        return values(xml, xpath, attribute, NS.get("w"));
    }

    private static List<String> values(String xml, String xpath, String attribute, String namespace) {
        Iterable<Node> nodes = engine().selectNodes(xpath, Input.fromString(xml).build());
        return StreamSupport.stream(nodes.spliterator(), false)
                .map(n -> ((Element) n).getAttributeNS(namespace, attribute)).toList();
    }

    private static int count(String xml, String xpath) {
        return (int) Double.parseDouble(engine().evaluate("count(" + xpath + ")", Input.fromString(xml).build()));
    }

    private static XPathEngine engine() {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NS);
        return engine;
    }

    private static String part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(merged))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("No part " + name + " in " + merged);
    }
}
