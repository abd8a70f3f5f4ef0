package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.QuestionKind;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.documents.SupportingDesk;
import org.irm.documents.SupportingIntake;
import org.irm.identity.ChecklistManifest;
import org.irm.register.Register;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.IntakeDesk;

/**
 * The demo's supporting documents (issue 19.3): with Kenya's review registered, its focal point e-mails
 * a second version of the return, one answer now citing the procurement act, with two laws attached (a
 * text PDF and a Word document). The mailbox's way: the laws are taken first as Kenya's supporting
 * documents (archived, their text read and indexed), then the return, whose receipt lists them; then
 * {@code irm documents search} finds a word of the PDF.
 */
public final class SupportingDocumentsDemo {

    private static final String FOCAL_POINT = "focal.point@kenya.example";

    private final PrintWriter say;

    public SupportingDocumentsDemo(PrintWriter say) {
        this.say = say;
    }

    /**
     * Runs the step.
     *
     * @param kenya the checklist issued to Kenya (the second version is filled in it)
     * @return Kenya's second version, its answers what the review copies show
     */
    public Path run(Path run, IrmConfig config, Register register, Catalogue catalogue, TemplateSource templates,
                    Path kenya, ChecklistManifest manifest, Function<IrmConfig, IntakeDesk> openDesk) throws IOException {
        say.println("6. Supporting documents: Kenya's review is registered as drawn, and its focal point sends its laws with"
                + " a second version of the return");
        ReviewDemo.registerReview(say, register, templates);
        say.println("   Kenya's focal point e-mails a second version of its return with two laws attached (irm run's mailbox"
                + " takes the laws as supporting documents, then the return):");
        Path mail = Files.createDirectories(run.resolve("inbox").resolve("mail-from-kenya"));
        Path pdf = SampleLaws.procurementActPdf(mail.resolve("public-procurement-act-2015.pdf"));
        Path docx = SampleLaws.antiCorruptionActDocx(mail.resolve("anti-corruption-and-economic-crimes-act-2003.docx"));
        Map<FieldId, String> answers = new SampleAnswers(1, manifest.identity().language()).answer(manifest.fields());
        FieldId citing = citingField(catalogue, answers);
        answers.put(citing, answers.get(citing) + " Awards are published as the Public Procurement and Asset Disposal Act,"
                + " 2015 requires (attached: " + pdf.getFileName() + ").");
        Path second = mail.resolve("checklist-KEN-uncac2-en-version-2.docx");
        new ChecklistFiller().fill(kenya, answers, second);

        IrmConfig deskConfig = ReturnsDemo.deskConfig(config, run);
        SupportingIntake documents = SupportingIntake.over(deskConfig, register);
        String messageId = "<version-2." + Instant.now().toEpochMilli() + "@kenya.example>";
        List<Arrival> attachments = new ArrayList<>();
        for (Path file : List.of(second, pdf, docx)) {
            attachments.add(new Arrival(file, file.getFileName().toString(), SubmissionSource.MAIL, FOCAL_POINT, null,
                    Instant.now(), messageId));
        }
        SupportingIntake.MailBatch batch = documents.takeMail(documents.sortMail(FOCAL_POINT, messageId, false, attachments));
        for (SupportingDesk.Taken taken : batch.taken()) {
            say.printf("   %-10s %s: %s%s, %s%n", "DOCUMENT", taken.document().originalName(),
                    taken.document().format().toUpperCase(Locale.ROOT),
                    taken.document().pages() == null ? "" : ", " + taken.document().pages() + " pages",
                    taken.document().textLayer() ? "text read and indexed" : "no text layer");
        }
        IntakeDesk desk = openDesk.apply(deskConfig);
        List<Acknowledgement> returns = new ArrayList<>();
        for (Arrival arrival : batch.others()) {
            Acknowledgement ack = desk.take(arrival);
            returns.add(ack);
            say.printf("   %-10s %s%n", ack.disposition(), ack.message());
            for (Path written : ack.filesWritten()) {
                say.printf("              wrote %s%n", written);
                if (written.getFileName().toString().endsWith("-receipt.txt")) {
                    for (String line : Files.readAllLines(written, StandardCharsets.UTF_8)) {
                        if (line.contains(pdf.getFileName().toString()) || line.contains(docx.getFileName().toString())) {
                            say.printf("              the receipt lists: %s%n", line.strip());
                        }
                    }
                }
            }
        }
        documents.answerMail(batch, returns);
        say.printf("   irm documents search %s --state KEN:%n", SampleLaws.SEARCHED);
        for (SupportingDesk.Found found : documents.desk().search(SampleLaws.SEARCHED, "KEN", 5)) {
            say.printf("   %s  %s  page %s: %s%n", found.state(), found.document(), found.page(), found.snippet());
        }
        return second;
    }

    /** A long text of article 9 (public procurement) that the return's second version adds the act to. */
    private static FieldId citingField(Catalogue catalogue, Map<FieldId, String> answers) {
        return answers.keySet().stream().filter(f -> f.provisionId().startsWith(catalogue.instrument() + ".9."))
                .filter(f -> catalogue.question(f).filter(q -> q.kind() == QuestionKind.LONG_TEXT).isPresent())
                .findFirst().orElseThrow(() -> new IllegalStateException("The sample answers hold no long text of article 9"));
    }
}
