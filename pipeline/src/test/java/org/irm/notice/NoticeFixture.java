package org.irm.notice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.identity.ChecklistIdentity;
import org.irm.mail.MailQueue;
import org.irm.register.Answer;
import org.irm.register.Deadline;
import org.irm.register.Finding;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.FoundBy;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewReview;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Register;
import org.irm.register.RegisteredStates;
import org.irm.register.ReportDraft;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.register.SubmissionSource;
import org.irm.testsupport.Checklists;

/**
 * A pipeline home in a temp folder with Kenya under review by Egypt and France: States and focal
 * points registered (Kenya's in English, Egypt's in Arabic, France's in French), the review's
 * deadlines set, and helpers to make its returns come in.
 */
final class NoticeFixture {

    static final String REVIEW = "uncac-2-KEN";
    static final LocalDate SELF_ASSESSMENT_DUE = LocalDate.of(2027, 3, 31);
    static final LocalDate DESK_REVIEW_DUE = LocalDate.of(2027, 5, 31);
    static final LocalDate DRAFT_REPORT_DUE = LocalDate.of(2027, 9, 30);
    static final String KENYA = "focal.point@kenya.test";
    static final String EGYPT = "expert@egypt.test";
    static final String FRANCE = "expert@france.test";
    static final String SECRETARIAT = "secretariat@unodc.test";
    static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1.a/compliance");
    static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");

    final Path home;
    final Map<String, String> settings = new HashMap<>();
    final Register register;
    private int files;

    NoticeFixture(Path home) throws Exception {
        this.home = home;
        settings.put("irm.home", home.toString());
        settings.put("irm.secret.key", new String(Checklists.KEY, StandardCharsets.UTF_8));
        settings.put("irm.templates", System.getProperty("irm.templates", "../templates"));
        settings.put("irm.secretariat.email", SECRETARIAT);
        settings.put("irm.mail.from", "irm@unodc.test");
        this.register = Register.open(config());
        new RegisteredStates(register).importStates(StateList.load(config().templates()).all());
        FocalPoints points = new FocalPoints(register);
        points.add(new FocalPoint("KEN", KENYA, "Ms. Wanjiru", Language.EN), "test");
        points.add(new FocalPoint("EGY", EGYPT, null, Language.AR), "test");
        points.add(new FocalPoint("FRA", FRANCE, "M. Martin", Language.FR), "test");
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.SELF_ASSESSMENT,
                List.of(ReviewerAssignment.of("EGY", "same-group", "uncac"), ReviewerAssignment.of("FRA", "global", "uncac")),
                List.of(new Deadline("selfAssessment", SELF_ASSESSMENT_DUE), new Deadline("deskReview", DESK_REVIEW_DUE),
                        new Deadline("draftReport", DRAFT_REPORT_DUE)),
                null, Instant.parse("2027-01-10T09:00:00Z")));
    }

    IrmConfig config() {
        return IrmConfig.of(settings);
    }

    Path watchRoot() {
        return home.resolve("watch-folders");
    }

    MailQueue queue() {
        return MailQueue.under(watchRoot());
    }

    /** The notice desk of one instance, its clock fixed at noon UTC of the day. */
    NoticeDesk desk(String instance, LocalDate day) {
        return desk(instance, day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    NoticeDesk desk(String instance, Instant now) {
        return NoticeDesk.open(config(), register, queue(), NoticeDesk.reviewerContacts(register), instance,
                Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Issues a checklist of Kenya for the review (one part) and returns its id. */
    UUID issue(String agency) {
        UUID id = UUID.randomUUID();
        register.recordChecklistIssued(new ChecklistIdentity(id, REVIEW, "KEN", "uncac", 2, Language.EN, "test", agency,
                Instant.parse("2027-01-15T09:00:00Z"), "seal"), id + ".docx");
        return id;
    }

    /** Kenya returns the checklist part: without findings when {@code findings} is false. */
    void returnChecklist(UUID checklist, String part, boolean findings) {
        String sha = Integer.toHexString(++files) + "0".repeat(63);
        sha = sha.substring(0, 64);
        new IntakeRegister(register).record(new NewSubmission(sha, checklist, SubmissionSource.FOLDER, null,
                        "return-" + files + ".docx", Instant.parse("2027-03-20T10:00:00Z").plusSeconds(files), Outcome.ACCEPTED,
                        null, findings ? List.of(new Finding("KEN", MEASURES, "required", List.of())) : List.of()),
                List.of(new Answer(COMPLIANCE, "yes", FoundBy.TAG, false),
                        new Answer(MEASURES, findings ? "" : "The Public Procurement Act 2015.", FoundBy.TAG, false)),
                new IntakeFacts("KEN", REVIEW, part, Language.EN, null, null));
    }

    /**
     * Kenya returns a share (or the whole) with an answer to every provision listed, without
     * findings: a share carries only the provisions it was issued with.
     */
    void returnShare(UUID checklist, String part, List<String> provisions) {
        String sha = (Integer.toHexString(++files) + "0".repeat(64)).substring(0, 64);
        List<Answer> answers = new ArrayList<>();
        for (String id : provisions) {
            Provision provision = catalogue().provision(id).orElseThrow();
            provision.questions().stream().filter(q -> !q.readOnly()).findFirst().ifPresent(question -> answers.add(
                    new Answer(provision.field(question.id()), "Answered by " + part + ".", FoundBy.TAG, false)));
        }
        new IntakeRegister(register).record(new NewSubmission(sha, checklist, SubmissionSource.FOLDER, null,
                        "return-" + files + ".docx", Instant.parse("2027-03-20T10:00:00Z").plusSeconds(files), Outcome.ACCEPTED,
                        null, List.of()), answers, new IntakeFacts("KEN", REVIEW, part, Language.EN, null, null));
    }

    /** Every provision of the review's catalogue (UNCAC, cycle 2), in its order. */
    List<String> provisions() {
        return catalogue().provisions().map(Provision::id).toList();
    }

    private Catalogue catalogue() {
        try {
            return new CatalogueLoader(config().templates()).load("uncac", 2);
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kenya's whole checklist issued and returned complete: every provision of the catalogue answered. */
    void checklistComplete() {
        returnShare(issue(null), "whole", provisions());
    }

    /** A reviewing State's review copy comes back. */
    void reviewCopyIn(String reviewer) {
        String sha = ("c" + reviewer + "0".repeat(64)).substring(0, 64);
        register.reviewNotes().record(new ReviewCopyRecord(0, UUID.randomUUID(), REVIEW, "KEN", reviewer, sha,
                "review-" + reviewer + ".docx", Instant.parse("2027-05-20T10:00:00Z")), List.of());
    }

    /** A report draft of the review is written (recorded; no file). */
    void draftWritten(Instant at) {
        register.reportRecords().recordDraft(new ReportDraft(REVIEW, "report", Language.EN, "d".repeat(64),
                "e".repeat(64), "report-KEN-en.docx", 1000, at));
    }

    /** The State edits a block of the draft and drops it back. */
    void draftEdited(Instant at) {
        ReportRecords records = register.reportRecords();
        records.syncDrawn(REVIEW, List.of(new ReportRecords.Drawn("uncac.9.1.a/measures", "uncac.9.1.a", "measures", null,
                "The Act.", Language.EN, "Kenya", "answers")), at.minusSeconds(60));
        records.recordEdit(REVIEW, "uncac.9.1.a/measures", "The Act, as amended.", Language.EN, "Kenya",
                "report-KEN-en.docx", "f".repeat(64), at);
    }
}
