package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.ReturnedAnswer;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The return desk on real folders, a real H2 register and real checklists filled as States fill them. */
class IntakeDeskTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1/compliance");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1/measures");
    private static final FieldId STEPS = FieldId.parse("uncac.9.1/steps");

    @TempDir
    Path home;

    private DeskFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DeskFixture(home);
    }

    @Test
    void aCompleteReturnIsRegisteredAsVersionOneAndAnsweredWithAReceiptInTheStatesOutbox() throws Exception {
        Path filled = fixture.completeReturn("KEN", Language.EN, "Kenya answers.docx");

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(filled));

        assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(ack.state()).isEqualTo("KEN");
        assertThat(ack.language()).isEqualTo(Language.EN);
        assertThat(ack.filesWritten()).singleElement().satisfies(receipt -> {
            assertThat(receipt.getParent()).isEqualTo(fixture.watch("outbox").resolve("KEN"));
            assertThat(Files.readString(receipt)).contains("version 1", "Kenya answers.docx",
                    "no findings remain", "Article 9, paragraph 1");
        });
        assertThat(ack.reply().subject()).contains("Kenya (KEN)", "version 1");
        assertThat(ack.reply().attachments()).isEmpty();
        assertThat(fixture.files("archive")).singleElement()
                .satisfies(a -> assertThat(a.getFileName().toString()).isEqualTo(ack.sha256()));
        assertThat(Files.readAllBytes(fixture.files("archive").get(0))).isEqualTo(Files.readAllBytes(filled));
        assertThat(new MasterChecklists(fixture.register()).forState("KEN").orElseThrow()
                .answer(MEASURES).orElseThrow().value()).startsWith("The Public Procurement Act 2015");
    }

    @Test
    void aReturnWithFindingsComesBackAnnotatedOneCommentPerFieldToFixWithTheStatesTextUntouched() throws Exception {
        Checklists.Written issued = fixture.checklist("FRA", Language.FR, null);
        Map<FieldId, String> answers = DeskFixture.complete(issued.manifest());
        answers.put(COMPLIANCE, "partly");
        answers.remove(MEASURES);
        Path filled = fixture.fill(issued, answers, "France.docx");

        Acknowledgement ack = fixture.desk().take(fixture.mailedByFocalPoint(filled, "point.focal@example.fr", "FRA"));

        assertThat(ack.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(ack.language()).isEqualTo(Language.FR);
        assertThat(ack.reply().to()).isEqualTo("point.focal@example.fr");
        assertThat(ack.reply().subject()).startsWith("Liste de contrôle reçue");
        assertThat(ack.reply().body()).contains("Points à corriger", "Une réponse est requise");
        Path annotated = ack.reply().attachments().get(0);
        assertThat(annotated.getParent()).isEqualTo(fixture.watch("outbox").resolve("FRA"));

        DocumentInspector inspector = new DocumentInspector(Checklists.SEAL,
                new CatalogueShelf(fixture.config().templates(), Checklists.labels()));
        InspectionReport original = inspector.inspect(filled).report().orElseThrow();
        InspectionReport copy = inspector.inspect(annotated).report().orElseThrow();
        assertThat(copy.comments()).extracting(InspectionReport.CommentItem::fieldId)
                .containsExactlyInAnyOrder(MEASURES.toString(), STEPS.toString());
        assertThat(copy.comments()).allSatisfy(c -> assertThat(c.author()).isEqualTo("Secretariat"));
        assertThat(copy.identity().signatureValid()).isTrue();
        assertThat(values(copy)).isEqualTo(values(original));
    }

    @Test
    void aChecklistDroppedInAnotherStatesFolderIsRefusedAsForeignState() throws Exception {
        Path filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");

        Acknowledgement ack = fixture.desk().take(DeskFixture.inFolder(filled, "NOR"));

        assertThat(ack.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(ack.reasonCode()).isEqualTo("FOREIGN_STATE");
        assertThat(ack.message()).contains("Kenya (KEN)", "Norway (NOR)");
        assertThat(fixture.files("outbox")).isEmpty();
        assertThat(fixture.files("rejected")).extracting(p -> p.getFileName().toString())
                .anySatisfy(n -> assertThat(n).endsWith(".docx.reason.txt"));
    }

    @Test
    void byMailOnlyARegisteredFocalPointOfTheChecklistsStateIsAccepted() throws Exception {
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, null);
        Path filled = fixture.fill(issued, DeskFixture.complete(issued.manifest()), "ken.docx");
        IntakeDesk desk = fixture.desk();
        FocalPoints points = new FocalPoints(fixture.register());
        points.add(new FocalPoint("NOR", "someone@example.no", null, null), "test");
        points.add(new FocalPoint("KEN", "focal@example.ke", null, null), "test");

        Acknowledgement foreign = desk.take(DeskFixture.mailed(filled, "someone@example.no"));
        Acknowledgement stranger = desk.take(DeskFixture.mailed(fixture.fill(issued, Map.of(MEASURES, "x"), "k2.docx"),
                "stranger@example.org"));
        Acknowledgement own = desk.take(DeskFixture.mailed(fixture.fill(issued, Map.of(MEASURES, "y"), "k3.docx"),
                "Focal@Example.KE"));

        assertThat(foreign.reasonCode()).isEqualTo("FOREIGN_STATE");
        assertThat(foreign.reply().to()).isEqualTo("someone@example.no");
        assertThat(foreign.reply().body()).contains("Norway (NOR)");
        assertThat(stranger.reasonCode()).isEqualTo("UNKNOWN_SENDER");
        assertThat(own.disposition()).isEqualTo(Disposition.REGISTERED);
    }

    @Test
    void aFileRefusedForItsSenderIsTakenWhenTheSameBytesComeFromTheStatesFocalPoint() throws Exception {
        Path filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        IntakeDesk desk = fixture.desk();
        Acknowledgement stranger = desk.take(DeskFixture.mailed(filled, "stranger@example.org"));

        Acknowledgement focal = desk.take(fixture.mailedByFocalPoint(filled, "focal@example.ke", "KEN"));
        Acknowledgement again = desk.take(DeskFixture.mailed(filled, "focal@example.ke"));

        assertThat(stranger.reasonCode()).isEqualTo("UNKNOWN_SENDER");
        assertThat(focal.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(focal.message()).contains("version 1");
        assertThat(again.disposition()).isEqualTo(Disposition.DUPLICATE);
        assertThat(new MasterChecklists(fixture.register()).forState("KEN")).isPresent();
        assertThat(new org.irm.register.IntakeRegister(fixture.register()).unanswered()).isEmpty();
    }

    @Test
    void anEmptyFileSentTwiceIsToldAgainThatItIsEmptyNotThatItWasAlreadyReceived() throws Exception {
        Path empty = Files.createFile(home.resolve("return.docx"));
        IntakeDesk desk = fixture.desk();

        Acknowledgement first = desk.take(DeskFixture.mailed(empty, "focal@example.ke"));
        Acknowledgement second = desk.take(DeskFixture.mailed(empty, "focal@example.ke"));

        assertThat(first.reasonCode()).isEqualTo("EMPTY");
        assertThat(second.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(second.reasonCode()).isEqualTo("EMPTY");
        assertThat(second.reply().to()).isEqualTo("focal@example.ke");
        assertThat(second.reply().body()).isEqualTo(first.reply().body()).contains("empty")
                .doesNotContain("already received");
        assertThat(second.filesWritten()).isEqualTo(first.filesWritten());
        assertThat(fixture.files("rejected")).hasSize(2);
    }

    @Test
    void theSameBytesTwiceAreAnsweredAlreadyReceivedAndRegisteredOnce() throws Exception {
        Path filled = fixture.completeReturn("ESP", Language.ES, "espana.docx");
        Path again = Files.copy(filled, filled.resolveSibling("espana (2).docx"));
        IntakeDesk desk = fixture.desk();

        Acknowledgement first = desk.take(DeskFixture.dropped(filled));
        Acknowledgement second = desk.take(DeskFixture.dropped(again));

        assertThat(first.disposition()).isEqualTo(Disposition.REGISTERED);
        assertThat(second.disposition()).isEqualTo(Disposition.DUPLICATE);
        assertThat(second.language()).isEqualTo(Language.ES);
        assertThat(second.reply().body()).contains("ya se recibió", "espana.docx", "versión 1");
        assertThat(second.filesWritten()).isEmpty();
        assertThat(fixture.files("archive")).hasSize(1);
        assertThat(fixture.files("outbox")).hasSize(1);
        Register register = fixture.register();
        assertThat(register.events()).extracting(e -> e.action())
                .containsSubsequence("submission.accepted", "submission.answered", "submission.duplicate");
    }

    @Test
    void aPdfIsRefusedAsNotWordInEnglishAndFrenchWithACopyAndItsReasonInRejected() throws Exception {
        Path pdf = Files.writeString(home.resolve("answers.docx"), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");

        Acknowledgement ack = fixture.desk().take(DeskFixture.mailed(pdf, "who@example.org"));

        assertThat(ack.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(ack.reasonCode()).isEqualTo("NOT_WORD");
        assertThat(ack.state()).isNull();
        assertThat(ack.reply().subject()).contains("File not accepted", "Fichier non accepté");
        assertThat(ack.reply().body()).contains("not a Word document", "n’est pas un document Word");
        List<Path> rejected = fixture.files("rejected");
        assertThat(rejected).hasSize(2);
        Path reason = rejected.stream().filter(p -> p.toString().endsWith(".reason.txt")).findFirst().orElseThrow();
        Path copy = Path.of(reason.toString().replace(".reason.txt", ""));
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(pdf));
        assertThat(Files.readString(reason)).contains("NOT_WORD", "answers.docx", ack.sha256());
        assertThat(fixture.register().submissionBySha256(ack.sha256()).orElseThrow().outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aFileCutOffWhileCopyingIsRefusedAsCorrupt() throws Exception {
        Path filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        byte[] bytes = Files.readAllBytes(filled);
        Path cut = Files.write(home.resolve("cut.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(cut));

        assertThat(ack.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(ack.reasonCode()).isEqualTo("CORRUPT");
    }

    @Test
    void aChecklistWhoseStateWasEditedByHandIsRefusedForItsSeal() throws Exception {
        Path filled = fixture.completeReturn("KEN", Language.EN, "ken.docx");
        Path forged = Zips.edit(filled, "docProps/custom.xml", xml -> xml.replace(">KEN<", ">UGA<"),
                home.resolve("forged.docx"));

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(forged));

        assertThat(ack.reasonCode()).isEqualTo("BAD_SEAL");
        assertThat(ack.language()).isEqualTo(Language.EN);
        assertThat(fixture.files("outbox")).isEmpty();
    }

    @Test
    void aWordDocumentThatIsNoChecklistIsRefusedAsUnknownIdentity() throws Exception {
        Path plain = Zips.write(home.resolve("letter.docx"), Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Dear secretariat</w:t></w:r></w:p></w:body></w:document>"));

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(plain));

        assertThat(ack.reasonCode()).isEqualTo("UNKNOWN_IDENTITY");
    }

    @Test
    void agencySharesMergeIntoTheMasterChecklistAndDisagreeingAnswersAreAConflict() throws Exception {
        Checklists.Written justice = fixture.checklist("KEN", Language.EN, "Ministry of Justice");
        Checklists.Written procurement = fixture.checklist("KEN", Language.EN, "Procurement Authority");
        Map<FieldId, String> fromJustice = DeskFixture.complete(justice.manifest());
        Map<FieldId, String> fromProcurement = DeskFixture.complete(procurement.manifest());
        fromProcurement.put(COMPLIANCE, "partly");
        fromProcurement.put(STEPS, "A new procurement law is drafted.");
        IntakeDesk desk = fixture.desk();

        desk.take(DeskFixture.dropped(fixture.fill(justice, fromJustice, "moj.docx")));
        Acknowledgement second = desk.take(new Arrival(fixture.fill(procurement, fromProcurement, "ppa.docx"), "ppa.docx",
                org.irm.register.SubmissionSource.FOLDER, null, null, DeskFixture.ARRIVED.plusSeconds(3600)));

        assertThat(second.reply().body()).contains("differ from another agency's answer",
                "Ministry of Justice: \"yes\"", "Procurement Authority: \"partly\"");
        assertThat(fixture.register().events()).filteredOn(e -> e.action().equals("answer.conflict"))
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith(COMPLIANCE.toString()));

        MasterChecklist master = new MasterChecklists(fixture.register()).forState("KEN").orElseThrow();
        assertThat(master.answer(STEPS).orElseThrow().agency()).isEqualTo("Procurement Authority");
        assertThat(master.answer(COMPLIANCE).orElseThrow().value()).isEqualTo("partly");
        assertThat(master.conflict(COMPLIANCE)).hasValueSatisfying(c -> assertThat(c.answers())
                .extracting(ReturnedAnswer::agency, ReturnedAnswer::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ministry of Justice", "yes"),
                        org.assertj.core.groups.Tuple.tuple("Procurement Authority", "partly")));
        assertThat(master.conflict(MEASURES)).as("same measures text from both").isEmpty();
    }

    @Test
    void aSecondReturnWithTwoFieldsChangedIsANewVersionInWhichOnlyThoseTwoChanged() throws Exception {
        Checklists.Written issued = fixture.checklist("KEN", Language.EN, null);
        Map<FieldId, String> first = DeskFixture.complete(issued.manifest());
        Map<FieldId, String> second = new LinkedHashMap<>(first);
        second.put(MEASURES, "The Public Procurement Act was amended in 2026.");
        second.put(FieldId.parse("uncac.9.1/examples"), "Audit of 2026.");
        IntakeDesk desk = fixture.desk();

        desk.take(DeskFixture.dropped(fixture.fill(issued, first, "v1.docx")));
        Acknowledgement ack = desk.take(new Arrival(fixture.fill(issued, second, "v2.docx"), "v2.docx",
                org.irm.register.SubmissionSource.FOLDER, null, null, DeskFixture.ARRIVED.plusSeconds(86400)));

        assertThat(ack.message()).contains("version 2");
        MasterChecklist master = new MasterChecklists(fixture.register()).forState("KEN").orElseThrow();
        Map<FieldId, List<String>> changed = master.history().entrySet().stream()
                .filter(e -> e.getValue().stream().map(ReturnedAnswer::value).distinct().count() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(ReturnedAnswer::value).toList()));
        assertThat(changed).containsOnlyKeys(MEASURES, FieldId.parse("uncac.9.1/examples"));
        assertThat(master.history(MEASURES)).extracting(ReturnedAnswer::version).containsExactly(1, 2);
    }

    @Test
    void attachmentNamesThatClimbOutOfTheirFolderLandInsideIt() throws Exception {
        Path pdf = Files.writeString(home.resolve("x.bin"), "%PDF-1.4\n%%EOF\n");
        IntakeDesk desk = fixture.desk();

        Acknowledgement ack = desk.take(new Arrival(pdf, "../../../outside/..\\evil.docx",
                org.irm.register.SubmissionSource.MAIL, "a@b.org", null, DeskFixture.ARRIVED));

        assertThat(ack.filesWritten()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.normalize().getParent()).isEqualTo(fixture.watch("rejected"));
            assertThat(p.getFileName().toString()).startsWith("evil-");
        });
        assertThat(home.resolve("outside")).doesNotExist();
    }

    @Test
    void anEarlierFileOfTheSameNameInRejectedIsNeverOverwritten() throws Exception {
        Path pdf = Files.writeString(home.resolve("a.docx"), "%PDF-1.4\n%%EOF\n");
        String sha = sha256(pdf);
        Path occupied = Files.createDirectories(fixture.watch("rejected")).resolve("a-" + sha.substring(0, 8) + ".docx");
        Files.writeString(occupied, "someone else's file");

        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(pdf));

        assertThat(Files.readString(occupied)).isEqualTo("someone else's file");
        assertThat(ack.filesWritten()).extracting(p -> p.getFileName().toString())
                .contains("a-" + sha.substring(0, 8) + "-2.docx", "a-" + sha.substring(0, 8) + "-2.docx.reason.txt");
    }

    private static Map<String, String> values(InspectionReport report) {
        return report.answers().stream().collect(Collectors.toMap(InspectionReport.AnswerItem::fieldId,
                InspectionReport.AnswerItem::value));
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }
}
