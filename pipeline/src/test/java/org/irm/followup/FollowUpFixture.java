package org.irm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.demo.FixedReportInputs;
import org.irm.demo.SampleReview;
import org.irm.identity.FieldMarks;
import org.irm.register.FollowUpItem;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.SubmissionSource;
import org.irm.report.ReportDraftReturns;
import org.irm.report.ReportKind;
import org.irm.report.ReportRenderer;
import org.irm.report.ReportService;
import org.irm.report.Translator;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;
import org.irm.submission.ReturnDesks;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A pipeline home in a temp folder for the follow-up: Kenya's review registered and its report
 * drafted from the sample review into the register (the report's blocks), the desk built as the
 * commands build it (with the follow-up forms' handler), and forms filled as a State would.
 */
final class FollowUpFixture {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final Instant DRAFTED = Instant.parse("2027-07-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(DRAFTED, ZoneOffset.UTC);

    final Path home;
    final Map<String, String> settings = new HashMap<>();
    private Register register;

    FollowUpFixture(Path home) {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Register register() {
        if (register == null) {
            register = Register.open(config());
        }
        return register;
    }

    static State state(String iso3) throws Exception {
        return StateList.load(TemplateSource.bundled()).find(iso3).orElseThrow();
    }

    /** Kenya's sample review (reviewed by Uganda and France), registered, its English report drafted into the outbox. */
    Path kenyaReportDrafted() throws Exception {
        FixedReportInputs kenya = SampleReview.of(Checklists.cycle2(), state("KEN"), Language.EN,
                List.of(state("UGA"), state("FRA")), 7);
        register().reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DRAFT_REPORT, List.of(),
                List.of(), null, DRAFTED));
        ReportService service = new ReportService(Checklists.cycle2(), Checklists.labels(),
                new ReportRenderer(TemplateSource.bundled(), Checklists.labels()), kenya, register(), Translator.NONE,
                new ReportService.Options("CAC/COSP/IRG/II/1/1/Add.x", 1000), Checklists.SEAL, CLOCK);
        return service.regenerateIfChanged("KEN", List.of(Language.EN), List.of(ReportKind.REPORT),
                home.resolve("drafts")).get(0).file();
    }

    /** The desk as irm ingest and irm run build it (cli.PipelineDesks): the follow-up forms' handler first. */
    IntakeDesk desk() {
        ReturnDesks desks = ReturnDesks.over(config(), register(), CLOCK);
        return desks.open(List.of(FollowUpReturns.from(config(), register(), CLOCK),
                ReportDraftReturns.over(register(), desks.seal(), "secretariat", CLOCK), desks.checklists()));
    }

    Acknowledgement drop(Path file, String folderState, Instant at) {
        return desk().take(new Arrival(file, file.getFileName().toString(), SubmissionSource.FOLDER, null, folderState, at));
    }

    /** Replaces the text of the report block tagged so in a draft (as the secretariat edits it in Word). */
    static Path editBlock(Path draft, String blockKey, String text, Path copy) throws IOException {
        return Zips.edit(draft, "word/document.xml", xml -> {
            String tag = "irm-report:" + blockKey;
            int at = xml.indexOf("w:val=\"" + tag + "\"");
            assertThat(at).as(tag).isPositive();
            int start = xml.indexOf("<w:t xml:space=\"preserve\">", at) + "<w:t xml:space=\"preserve\">".length();
            int end = xml.indexOf("</w:t>", start);
            return xml.substring(0, start) + text.replace("&", "&amp;").replace("<", "&lt;") + xml.substring(end);
        }, copy);
    }

    /** The bookmark of an item's action-plan table. */
    static String planBookmark(FollowUpItem item) {
        return FieldMarks.bookmark(ItemIds.field(item.provisionId(), item.kind(), item.sequence(), ItemIds.PLAN));
    }

    static FieldId field(FollowUpItem item, String field) {
        return ItemIds.field(item.provisionId(), item.kind(), item.sequence(), field);
    }

    /**
     * Writes the steps into the rows of an item's action-plan table, one row each after the header,
     * adding rows (copies of the last) where the table has too few, as a State using Word would.
     */
    static Path fillPlan(Path form, String bookmark, List<List<String>> steps, Path copy) throws IOException {
        return Zips.edit(form, "word/document.xml", xml -> {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        xml.getBytes(StandardCharsets.UTF_8)));
                Element table = tableOf(document, bookmark);
                List<Element> rows = children(table, "tr");
                while (rows.size() - 1 < steps.size()) {
                    Element added = (Element) rows.get(rows.size() - 1).cloneNode(true);
                    table.appendChild(added);
                    rows = children(table, "tr");
                }
                for (int r = 0; r < steps.size(); r++) {
                    List<Element> cells = children(rows.get(r + 1), "tc");
                    for (int c = 0; c < cells.size(); c++) {
                        setCell(document, cells.get(c), c < steps.get(r).size() ? steps.get(r).get(c) : "");
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                var transformer = TransformerFactory.newInstance().newTransformer();
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                transformer.transform(new DOMSource(document), new StreamResult(out));
                return out.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, copy);
    }

    private static Element tableOf(Document document, String bookmark) {
        NodeList starts = document.getElementsByTagNameNS(W, "bookmarkStart");
        for (int i = 0; i < starts.getLength(); i++) {
            Element start = (Element) starts.item(i);
            if (bookmark.equals(start.getAttributeNS(W, "name"))) {
                for (Node n = start; n != null; n = n.getParentNode()) {
                    if (n instanceof Element e && "tbl".equals(e.getLocalName())) {
                        return e;
                    }
                }
            }
        }
        throw new AssertionError("No table under bookmark " + bookmark);
    }

    private static void setCell(Document document, Element cell, String text) {
        List<Element> paragraphs = children(cell, "p");
        for (int i = 1; i < paragraphs.size(); i++) {
            cell.removeChild(paragraphs.get(i));
        }
        Element paragraph = paragraphs.get(0);
        for (Element run : children(paragraph, "r")) {
            paragraph.removeChild(run);
        }
        Element run = document.createElementNS(W, "w:r");
        Element t = document.createElementNS(W, "w:t");
        t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
        t.setTextContent(text);
        run.appendChild(t);
        paragraph.appendChild(run);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The form's path after writing it for Kenya in a language. */
    FollowUpForms.Written form(Language language, String agency, Set<String> provisions) throws IOException {
        return new FollowUpForms(register().recommendations(), register().reviews(), FollowUpLabels.load(TemplateSource.bundled()),
                Checklists.stateNames(), Checklists.SEAL, TemplateSource.bundled(), CLOCK)
                .write(new FollowUpForms.Request("KEN", language, agency, provisions),
                        home.resolve("watch-folders").resolve("outbox").resolve("KEN"));
    }

    /** The text of one part of a package. */
    static String part(Path docx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path copyTo(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(file, folder.resolve(file.getFileName()));
    }
}
