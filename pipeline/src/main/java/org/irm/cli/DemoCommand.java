package org.irm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.checklist.ChecklistIssuer;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.demo.AnalysisDemo;
import org.irm.demo.DialogueDemo;
import org.irm.demo.ChecklistFiller;
import org.irm.demo.FollowUpDemo;
import org.irm.demo.RegisterDemo;
import org.irm.demo.ReportDemo;
import org.irm.demo.ReturnsDemo;
import org.irm.demo.ReviewDemo;
import org.irm.demo.SampleAnswers;
import org.irm.demo.ContributorsDemo;
import org.irm.demo.SupportingDocumentsDemo;
import org.irm.demo.UntocDemo;
import org.irm.identity.IdentitySeal;
import org.irm.register.Contributors;
import org.irm.register.Register;
import org.irm.register.RegisterDatabase;
import org.irm.submission.CatalogueShelf;
import org.irm.submission.DocumentInspector;
import org.irm.submission.Inspection;
import org.irm.submission.InspectionReport;
import org.irm.tracking.ChecklistTracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code irm demo}: the whole flow as far as it is built, on sample States, in a fresh folder:
 * issue checklists, answer them as States would, take the returns in and say what was read.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Show the whole flow on sample States: issue checklists, fill them, read the returns back.",
        description = "Everything is written into a new folder under --out; nothing else is touched.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "demo", paramLabel = "DIR", description = "Parent folder of the run (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    private PrintWriter say;

    @Override
    public Integer call() throws IOException, CatalogueException {
        say = spec.commandLine().getOut();
        IrmConfig config = configOptions.config();
        Path run = out.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        IdentitySeal seal = new IdentitySeal(SecretKeys.sealingKey(config));
        Catalogue catalogue = new CatalogueLoader(config.templates()).load("uncac", 2);
        StateList states = StateList.load(config.templates());
        I18nLabels labels = I18nLabels.load(config.templates());
        ChecklistIssuer issuer = new ChecklistIssuer(catalogue, labels, states.names(), seal, config.templates(), Clock.systemUTC());

        say.println("1. Issuing checklists (UNCAC second cycle: chapters II and V) into " + run.resolve("outbox"));
        List<ChecklistIssuer.Issued> issued = new ArrayList<>();
        // One source for the covers' deadline: the timeline of the review that step 6 registers.
        LocalDate due = ReviewDemo.selfAssessmentDue(config.templates());
        issued.add(issue(issuer, states, "KEN", Language.EN, null, Set.of(), due, run));
        issued.add(issue(issuer, states, "EGY", Language.AR, null, Set.of(), due, run));
        issued.add(issue(issuer, states, "FRA", Language.FR, null, Set.of(), due, run));
        issued.add(issue(issuer, states, "KEN", Language.EN, "Ministry of Justice", Set.of(9, 10, 13), due, run));

        Path registerFile = run.resolve("register").toAbsolutePath();
        RegisterDatabase database = new RegisterDatabase("jdbc:h2:file:" + registerFile, "irm", "");
        try (Register register = Register.open(database)) {
            for (ChecklistIssuer.Issued checklist : issued) {
                register.recordChecklistIssued(checklist.manifest().identity(), checklist.file().getFileName().toString());
            }
            say.println("   recorded in the register (embedded H2): " + registerFile + ".mv.db, " + register.events().size()
                    + " events in its log");

            say.println("2. Answering them as the States would, into " + run.resolve("inbox"));
            Path inbox = Files.createDirectories(run.resolve("inbox"));
            List<Path> returns = new ArrayList<>();
            for (int i = 0; i < issued.size(); i++) {
                ChecklistIssuer.Issued checklist = issued.get(i);
                boolean agency = checklist.manifest().identity().agency() != null;
                ChecklistFiller filler = agency ? new ChecklistFiller("Ministry of Justice (KEN)", Instant.now()) : new ChecklistFiller();
                Path filled = inbox.resolve(checklist.file().getFileName().toString().replace(".docx", "-returned.docx"));
                filler.fill(checklist.file(), new SampleAnswers(i + 1, checklist.manifest().identity().language())
                        .answer(checklist.manifest().fields()), filled);
                returns.add(filled);
            }
            returns.add(tampered(returns.get(0), inbox.resolve("KEN-state-edited-by-hand.docx")));
            Path notWord = inbox.resolve("scan-of-the-answers.docx");
            Files.writeString(notWord, "%PDF-1.4\n% a scanned page saved under a .docx name\n", StandardCharsets.US_ASCII);
            returns.add(notWord);

            say.println("3. Reading every return back (irm inspect), reports in " + run.resolve("inspections"));
            Path inspections = Files.createDirectories(run.resolve("inspections"));
            DocumentInspector inspector = new DocumentInspector(seal, new CatalogueShelf(config.templates(), labels));
            for (Path file : returns) {
                report(file, inspector.inspect(file), inspections);
            }
            ReturnsDemo.run(say, config, run, register, new ChecklistTracker(register, catalogue, states), returns,
                    deskConfig -> PipelineDesks.open(deskConfig, register, Clock.systemUTC()));
            Path kenyaVersion2 = new SupportingDocumentsDemo(say).run(run, config, register, catalogue, config.templates(),
                    issued.get(0).file(), issued.get(0).manifest(), deskConfig -> PipelineDesks.open(deskConfig, register,
                            Clock.systemUTC()));
            new ContributorsDemo(say).run(run, config, register,
                    deskConfig -> PipelineDesks.open(deskConfig, register, Clock.systemUTC()));
            say.println("   irm status --state KEN:");
            indented(out -> StatusCommand.printContributors(out, new Contributors(register).tally().stream()
                    .filter(t -> t.state().equals("KEN") && t.reviewId().equals(ReviewDemo.REVIEW_ID)).toList()));
            new ReviewDemo(say).run(run, config, kenyaVersion2, catalogue, labels, seal, config.templates(), states, register)
                    .ifPresent(review -> {
                        say.println("   irm status --state KEN, per reviewer and expert:");
                        indented(out -> ReviewStatus.printReviewers(out, review.progress()));
                    });
            new DialogueDemo(say).run(run, config, register, deskConfig -> PipelineDesks.open(deskConfig, register, Clock.systemUTC()));
            new ReportDemo(say).run(run, config, register, catalogue, labels, states, config.templates(), seal);
            new FollowUpDemo(say).run(run, config, register, config.templates(), states.names(), seal,
                    deskConfig -> PipelineDesks.open(deskConfig, register, Clock.systemUTC()));
            new UntocDemo(say).run(run, config, register, states, labels, seal, config.templates(),
                    deskConfig -> PipelineDesks.open(deskConfig, register, Clock.systemUTC()));
            new AnalysisDemo(say).run(run, catalogue, states, config.templates());
            register.close(); // compaction needs it closed; the try closing it again does nothing
            new RegisterDemo(say).run(database);
            say.println();
            say.println("Where to look:");
            say.println("  " + run.resolve("outbox") + "   the checklists as issued (open them in Word or LibreOffice)");
            say.println("  " + run.resolve("inbox") + "    the returns, filled as States would");
            say.println("  " + inspections + "  what was read from each return (irm inspect --json)");
            say.println("  " + run.resolve("inbox").resolve("mail-from-kenya") + "  Kenya's second version and the two laws"
                    + " sent with it (irm documents lists them)");
            say.println("  " + run.resolve("outbox").resolve("KEN").resolve("contributors") + "  the civil-society organisation's"
                    + " sealed form");
            say.println("  " + run.resolve("reviews") + "  the reviewers' and experts' returned copies; merged-review-KEN-*.docx"
                    + " in outbox/KEN");
            say.println("  " + run.resolve("outbox").resolve("KEN") + "   Kenya's draft report and executive summary in six languages");
            say.println("  " + run.resolve("outbox").resolve("NGA") + "   Nigeria's UNTOC cluster 1 questionnaires");
            say.println("  " + run.resolve("analysis") + "  TA needs and outcomes across 57 States (.xlsx with charts, .docx, .json)");
            say.println("Try: ./irm inspect " + returns.get(0));
            return 0;
        }
    }

    /** Prints what {@code status} prints, each line one space deeper: under the demo's step it belongs to. */
    private void indented(java.util.function.Consumer<PrintWriter> status) {
        java.io.StringWriter lines = new java.io.StringWriter();
        status.accept(new PrintWriter(lines));
        lines.toString().lines().forEach(line -> say.println(" " + line));
    }

    private ChecklistIssuer.Issued issue(ChecklistIssuer issuer, StateList states, String iso3, Language language,
                                         String agency, Set<Integer> articles, LocalDate due, Path run) throws IOException {
        ChecklistIssuer.Issued issued = issuer.issue(new ChecklistIssuer.Order(states.find(iso3).orElseThrow(),
                "uncac-2-" + iso3, language, due, agency, articles, Map.of(), Map.of()),
                run.resolve("outbox").resolve(iso3));
        say.printf("   %-52s %4d fields%s%n", issued.file().getFileName(), issued.manifest().fields().size(),
                agency == null ? "" : "  (" + agency + ": articles " + articles.stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ")");
        return issued;
    }

    private void report(Path file, Inspection inspection, Path inspections) throws IOException {
        String name = file.getFileName().toString();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path target = inspections.resolve(name.replace(".docx", ".json"));
        if (inspection.refusal().isPresent()) {
            Files.writeString(target, json.writeValueAsString(Map.of("rejected", inspection.refusal().get())));
            say.printf("   %-52s REFUSED %s: %s%n", name, inspection.refusal().get().reason(), inspection.refusal().get().message());
            return;
        }
        InspectionReport report = inspection.report().orElseThrow();
        Files.writeString(target, json.writeValueAsString(report));
        if (report.identity() == null || !report.identity().signatureValid()) {
            say.printf("   %-52s REFUSED: %s%n", name, report.identity() == null ? "not a checklist" : report.identity().message());
            return;
        }
        Map<String, Long> foundBy = report.answers().stream()
                .collect(Collectors.groupingBy(InspectionReport.AnswerItem::foundBy, TreeMap::new, Collectors.counting()));
        long answered = report.answers().stream().filter(a -> !a.value().isEmpty() && !a.value().equals("false")).count();
        say.printf("   %-52s %s, seal valid, %d fields read %s, %d answered, %d findings to fix, %d with pending tracked changes%n",
                name, report.identity().state(), report.answers().size(), foundBy, answered,
                report.problems().stream().filter(p -> p.code().startsWith("required") || p.code().equals("tooLong")
                        || p.code().equals("notAllowed")).count(),
                report.problems().stream().filter(p -> p.code().equals("pendingChanges")).count());
    }

    /** A copy of a return whose State property was changed by hand, as a forger would try. */
    private static Path tampered(Path original, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(original));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("docProps/custom.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(">KEN<", ">UGA<").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return target;
    }
}
