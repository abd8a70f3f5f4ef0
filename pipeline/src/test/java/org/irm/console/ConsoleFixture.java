package org.irm.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.Sha256;
import org.irm.identity.ChecklistIdentity;
import org.irm.followup.ItemIds;
import org.irm.register.Answer;
import org.irm.register.Deadline;
import org.irm.register.FollowUpStep;
import org.irm.register.FoundBy;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewReview;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.Recommendations;
import org.irm.register.RegisteredStates;
import org.irm.register.ReportDraft;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.SubmissionSource;
import org.irm.testsupport.Checklists;

/**
 * A pipeline home with two reviews in its register and the console's users: Kenya under review by
 * Egypt and France, Brazil under review by Argentina and Kenya; each State has returned its
 * checklist once (Kenya's answer holds HTML and a script) and has a report draft in its outbox.
 * Each has recommendations tracked from its final report (Kenya reported on one: implemented, and a
 * step overdue on another); Kenya has an executive summary draft, not published.
 * Users: the secretariat, Kenya's and Brazil's focal points, France's expert.
 */
final class ConsoleFixture {

    static final String PASSWORD = "correct horse battery staple";
    static final String KENYA_SCRIPT = "<script>document.title='owned'</script><b>Public Procurement Act</b>";
    static final String BRAZIL_SECRET = "Brazil's own answer on procurement";
    static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    static final Instant NOW = Instant.parse("2027-06-01T09:00:00Z");
    static final LocalDate KENYA_VISIT = LocalDate.of(2027, 10, 12);
    static final String BRAZIL_RECOMMENDATION = "Brazil should publish its procurement plans";

    final Path home;
    final Map<String, String> settings = new HashMap<>();
    final Register register;
    final ConsoleUsers users;
    String kenyaDraft;
    String brazilDraft;
    String kenyaSummary;

    ConsoleFixture(Path home, String... extraSettings) throws IOException {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
        settings.put("irm.console.port", "0");
        settings.put("irm.console.login.perMinute", "1000");
        for (String setting : extraSettings) {
            String[] keyValue = setting.split("=", 2);
            settings.put(keyValue[0], keyValue[1]);
        }
        register = Register.open(config());
        try {
            new RegisteredStates(register).importStates(StateList.load(config().templates()).all());
        } catch (org.irm.catalogue.CatalogueException e) {
            throw new IOException(e);
        }
        review("KEN", "EGY", "FRA");
        review("BRA", "ARG", "KEN");
        returnChecklist("KEN", KENYA_SCRIPT);
        returnChecklist("BRA", BRAZIL_SECRET);
        kenyaDraft = draft("KEN", "report-KEN-en.docx", "Kenya's draft report");
        brazilDraft = draft("BRA", "report-BRA-en.docx", "Brazil's draft report");
        kenyaSummary = draft("KEN", "summary-KEN-en.docx", "Kenya's executive summary", "summary");
        track("KEN", "Kenya should adopt a code of conduct for public officials",
                "Kenya should protect reporting persons");
        track("BRA", BRAZIL_RECOMMENDATION);
        reportImplemented("KEN");
        users = new ConsoleUsers(register, clock());
        users.add("secretariat", Role.SECRETARIAT, null, PASSWORD.toCharArray(), Language.EN, "test");
        users.add("kenya", Role.FOCAL_POINT, "KEN", PASSWORD.toCharArray(), Language.EN, "test");
        users.add("brazil", Role.FOCAL_POINT, "BRA", PASSWORD.toCharArray(), Language.EN, "test");
        users.add("france", Role.EXPERT, "FRA", PASSWORD.toCharArray(), Language.EN, "test");
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    ConsoleServer start() {
        return ConsoleServer.start(config(), register, clock());
    }

    Path outbox(String iso3) {
        return home.resolve("watch-folders").resolve("outbox").resolve(iso3);
    }

    private void review(String state, String... reviewers) {
        register.reviews().create(NewReview.of(state, "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT,
                List.of(ReviewerAssignment.of(reviewers[0], "same-group", "uncac"),
                        ReviewerAssignment.of(reviewers[1], "global", "uncac")),
                List.of(new Deadline("selfAssessment", LocalDate.of(2027, 3, 31)),
                        new Deadline("deskReview", LocalDate.of(2027, 9, 30)),
                        new Deadline("countryDialogue", state.equals("KEN") ? KENYA_VISIT : LocalDate.of(2027, 11, 2))),
                null, Instant.parse("2027-01-10T09:00:00Z")));
    }

    void returnChecklist(String state, String measures) {
        returnChecklist(state, MEASURES, measures);
    }

    /** The State returns a checklist (a new one, issued for its review) answering one field. */
    void returnChecklist(String state, FieldId field, String measures) {
        UUID checklist = UUID.randomUUID();
        String review = "uncac-2-" + state;
        register.recordChecklistIssued(new ChecklistIdentity(checklist, review, state, "uncac", 2, Language.EN, "test", null,
                Instant.parse("2027-01-15T09:00:00Z"), "seal"), checklist + ".docx");
        new IntakeRegister(register).record(new NewSubmission(Sha256.hex(measures.getBytes(StandardCharsets.UTF_8)), checklist,
                        SubmissionSource.FOLDER, null, "checklist-" + state + "-filled.docx", Instant.parse("2027-03-20T10:00:00Z"),
                        Outcome.ACCEPTED, null, List.of()),
                List.of(new Answer(field, measures, FoundBy.TAG, false)),
                new IntakeFacts(state, review, "whole", Language.EN, null, null));
    }

    /**
     * The State returns a checklist answering every question of every provision of the catalogue,
     * with one finding open on the given field: its checklist is complete ({@code ChecklistCompleteness}).
     */
    void returnWholeChecklist(String state, FieldId findingOn) throws org.irm.catalogue.CatalogueException {
        UUID checklist = UUID.randomUUID();
        String review = "uncac-2-" + state;
        register.recordChecklistIssued(new ChecklistIdentity(checklist, review, state, "uncac", 2, Language.EN, "test", null,
                Instant.parse("2027-01-15T09:00:00Z"), "seal"), checklist + ".docx");
        List<Answer> answers = new java.util.ArrayList<>();
        org.irm.catalogue.CatalogueLoader.configured(config()).provisions().forEach(provision -> provision.questions().stream()
                .filter(question -> !question.readOnly())
                .forEach(question -> answers.add(new Answer(provision.field(question.id()),
                        state + " on " + provision.id() + "/" + question.id(), FoundBy.TAG, false))));
        new IntakeRegister(register).record(new NewSubmission(Sha256.hex((state + " whole").getBytes(StandardCharsets.UTF_8)),
                        checklist, SubmissionSource.FOLDER, null, "checklist-" + state + "-whole.docx",
                        Instant.parse("2027-04-20T10:00:00Z"), Outcome.ACCEPTED, null,
                        List.of(new org.irm.register.Finding(state, findingOn, "empty", List.of()))),
                answers, new IntakeFacts(state, review, "whole", Language.EN, null, null));
    }

    /** Writes a draft report into the State's outbox and records it; returns its id (sha256). */
    String draft(String state, String fileName, String content) throws IOException {
        return draft(state, fileName, content, "report");
    }

    /** Tracks recommendations of the State's final report, one per text, under article 8. */
    private void track(String state, String... texts) {
        List<Recommendations.NewItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new Recommendations.NewItem("uncac.8.1/recommendation/" + (i + 1), "uncac.8.1", "recommendation", null,
                    Map.of(Language.EN, new Recommendations.VersionedText(texts[i], 1)), Language.EN));
        }
        register.recommendations().track("uncac-2-" + state, state, items, ItemIds::id, Instant.parse("2027-04-10T09:00:00Z"));
    }

    /** The State reports its first item implemented, and its second in progress with a step overdue. */
    private void reportImplemented(String state) {
        String review = "uncac-2-" + state;
        List<String> ids = register.recommendations().ofState(state).stream().map(item -> item.id()).toList();
        register.recommendations().recordForm("form-" + state, review, state, Language.EN, null, ids,
                "followup-" + state + ".docx", Instant.parse("2027-04-15T09:00:00Z"));
        register.recommendations().recordReturn(new Recommendations.NewReturn("f".repeat(64), "form-" + state, review, state,
                Language.EN, SubmissionSource.FOLDER, null, "followup-" + state + "-filled.docx",
                Instant.parse("2027-05-02T09:00:00Z"), ""), List.of(
                new Recommendations.NewStatus(ids.get(0), "implemented", "Ethics Commission", "Code adopted", "", "", List.of()),
                new Recommendations.NewStatus(ids.get(1), "in-progress", "Ministry of Justice", "Bill drafted", "", "",
                        List.of(new FollowUpStep(1, "Bill to Parliament", "Ministry of Justice", LocalDate.of(2027, 5, 1),
                                "1 May 2027", "in-progress")))));
    }

    /** Writes a draft of a kind ({@code report}, {@code summary}) into the State's outbox and records it; returns its id. */
    String draft(String state, String fileName, String content, String kind) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(outbox(state));
        Files.write(outbox(state).resolve(fileName), bytes);
        String sha = Sha256.hex(bytes);
        register.reportRecords().recordDraft(new ReportDraft("uncac-2-" + state, kind, Language.EN, "d".repeat(64), sha,
                fileName, 3, Instant.parse("2027-04-01T09:00:00Z")));
        return sha;
    }
}
