package org.irm.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentitySeal;
import org.irm.lots.DrawPolicy;
import org.irm.lots.ReviewScheduler;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewIntake;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;

/**
 * The demo's review step: Kenya's review registered as a draw leaves it (Senegal from its regional
 * group, Brazil from the global box, the policy's deadlines), review copies of Kenya's answers for
 * both reviewing States and the secretariat, edited as reviewers would in Word (comments with a
 * reply, replacements, a deletion, a move, the same words changed differently by two reviewers,
 * notes), taken into the register and merged into one consolidated review. The report step drafts
 * from what this step leaves in the register.
 */
public final class ReviewDemo {

    /** The review the demo's checklists for Kenya carry, as {@code irm checklist} names it. */
    static final String REVIEW_ID = NewReview.defaultId("uncac", 2, "KEN");

    /** Months between the draw and the demo's day: the early deadlines are past, the report's still to come. */
    private static final int MONTHS_SINCE_DRAW = 7;

    private static final String[][] REVIEWERS = {{"SEN", "Aminata Diallo"}, {"BRA", "Jo\u00e3o Silva"},
        {ChecklistIdentity.SECRETARIAT, "UNODC Secretariat"}};

    private final PrintWriter say;

    public ReviewDemo(PrintWriter say) {
        this.say = say;
    }

    public void run(Path run, Path kenyaReturn, Catalogue catalogue, I18nLabels labels, IdentitySeal seal,
             TemplateSource templates, StateList states, Register register) throws IOException {
        say.println("6. Review: copies of Kenya's answers for Senegal, Brazil and the secretariat, edited, merged");
        ReviewDesk desk = new ReviewDesk(catalogue, labels, seal, templates, states, Clock.systemUTC());
        Map<FieldId, String> answers = new ChecklistAnswers(new DocumentInspector(seal)).read(kenyaReturn);
        State kenya = states.find("KEN").orElseThrow();
        registerReview(register, templates);
        Path outbox = run.resolve("outbox").resolve("KEN");
        Path reviews = Files.createDirectories(run.resolve("reviews"));
        List<FieldId> texts = answers.keySet().stream().filter(f -> catalogue.question(f)
                .filter(q -> q.kind() == QuestionKind.LONG_TEXT).isPresent() && answers.get(f).split(" ").length >= 4
                && !answers.get(f).contains("\n")).limit(3).toList();
        if (texts.size() < 3) {
            say.println("   (skipped: the sample answers have too few long texts to review)");
            return;
        }
        ReviewIntake intake = new ReviewIntake(catalogue, seal, register.reviewNotes());
        List<Path> returned = new ArrayList<>();
        for (int r = 0; r < REVIEWERS.length; r++) {
            ReviewDesk.Copy copy = desk.reviewCopy(kenya, REVIEW_ID, Language.EN, REVIEWERS[r][0], answers, outbox);
            SampleReviewer reviewer = SampleReviewer.open(copy.file()).as(REVIEWERS[r][1], Instant.now().toString());
            edit(reviewer, r, texts, answers);
            Path back = reviewer.save(reviews.resolve(copy.file().getFileName().toString().replace(".docx", "-returned.docx")));
            ReviewIntake.Taken taken = intake.take(back, back.getFileName().toString(), Instant.now());
            say.printf("   %-52s %s: %d notes recorded%n", back.getFileName(), desk.reviewers(Language.EN).name(REVIEWERS[r][0]),
                    taken.notes().size());
            returned.add(back);
        }
        ReviewDesk.Consolidated merged = desk.merge(kenya, returned, outbox);
        say.printf("   %-52s %d tracked changes, %d comments, %d conflict(s) marked%n", merged.file().getFileName(),
                merged.merged().changes(), merged.merged().comments(), merged.merged().conflicts());
    }

    /** The day the demo's reviews were drawn: the early deadlines are past, the report's still to come. */
    public static LocalDate drawDate() {
        return LocalDate.now(ZoneOffset.UTC).minusMonths(MONTHS_SINCE_DRAW);
    }

    /**
     * The self-assessment deadline of the demo's reviews, from the same draw and the same shipped UNCAC
     * timeline as the review the demo registers: the checklists' covers give the register's date.
     */
    public static LocalDate selfAssessmentDue(TemplateSource templates) throws IOException {
        LocalDate due = ReviewScheduler.deadlines(DrawPolicy.shipped(templates, "uncac"), drawDate()).get(Deadline.SELF_ASSESSMENT);
        if (due == null) {
            throw new IllegalStateException("The shipped UNCAC timeline (templates/lots) has no " + Deadline.SELF_ASSESSMENT);
        }
        return due;
    }

    /**
     * Kenya's review as the drawing of lots registers it, unless registered already: its reviewing
     * States (the two States the demo's copies go to) and the deadlines of the shipped UNCAC policy,
     * counted from a draw seven months ago.
     */
    private void registerReview(Register register, TemplateSource templates) throws IOException {
        if (register.reviews().find(REVIEW_ID).isPresent()) {
            return;
        }
        LocalDate drawn = drawDate();
        List<Deadline> deadlines = ReviewScheduler.deadlines(DrawPolicy.shipped(templates, "uncac"), drawn).entrySet()
                .stream().map(due -> new Deadline(due.getKey(), due.getValue())).toList();
        register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(ReviewerAssignment.of(REVIEWERS[0][0], "same-group", "uncac"),
                        ReviewerAssignment.of(REVIEWERS[1][0], "global", "uncac")), deadlines, null, Instant.now()));
        say.println("   Kenya's review " + REVIEW_ID + " registered as drawn on " + drawn + ": reviewing States Senegal"
                + " (same regional group) and Brazil (global box)");
    }

    /** Each reviewer's edits; reviewers 0 and 1 change the same word differently, so the merge shows a conflict. */
    private static void edit(SampleReviewer reviewer, int r, List<FieldId> fields, Map<FieldId, String> answers) {
        String[] first = answers.get(fields.get(0)).split(" ");
        String[] second = answers.get(fields.get(1)).split(" ");
        String provision = fields.get(0).provisionId();
        switch (r) {
            case 0 -> {
                reviewer.replace(fields.get(0), first[1], first[1] + " (as amended)");
                String comment = reviewer.comment(fields.get(1), second[0], "Please give the source of this.");
                reviewer.reply(comment, "The annual report would do.");
                reviewer.note(provision, NoteKind.OBSERVATION, "The measures are described in detail.");
                reviewer.note(provision, NoteKind.RECOMMENDATION, "Publish the procurement statistics.");
            }
            case 1 -> {
                reviewer.replace(fields.get(0), first[1], first[1].toUpperCase(Locale.ROOT));
                reviewer.delete(fields.get(1), " " + second[second.length - 1]);
                reviewer.note(provision, NoteKind.GOOD_PRACTICE, "Yearly audits of every ministry.");
            }
            default -> {
                reviewer.move(fields.get(2), answers.get(fields.get(2)).split(" ")[0] + " ", fields.get(1));
                reviewer.comment(fields.get(0), first[first.length - 1], "Consistent with the last review.");
                reviewer.note(provision, NoteKind.OBSERVATION, "Implementation is on track.");
            }
        }
    }
}
