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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.irm.catalogue.Article;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.contributors.ContributorLabels;
import org.irm.contributors.ContributorsInReviewCopy;
import org.irm.documents.DocumentsInReviewCopy;
import org.irm.documents.SupportingDesk;
import org.irm.docx.PackageLimits;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentitySeal;
import org.irm.lots.DrawPolicy;
import org.irm.lots.ReviewScheduler;
import org.irm.register.Contributors;
import org.irm.register.Deadline;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.review.ExpertShare;
import org.irm.review.ReviewAssignments;
import org.irm.review.ReviewDesk;
import org.irm.review.ReviewIntake;
import org.irm.submission.ChecklistAnswers;
import org.irm.submission.DocumentInspector;

/**
 * The demo's review step: Kenya's review registered as a draw leaves it (Senegal from its regional
 * group, Brazil from the global box, the policy's deadlines), Brazil's review shared between two experts
 * of disjoint articles ({@code irm review assign}), review copies of Kenya's answers for Senegal, each
 * of Brazil's experts (their articles only) and the secretariat, each ending with the contributors' input
 * Kenya shared and Kenya's supporting documents, edited as reviewers would in Word (comments with a
 * reply, replacements, a deletion, a move, the same words changed differently by two reviewers,
 * notes), taken into the register and merged into one consolidated review naming each expert. The
 * report step drafts from what this step leaves in the register.
 */
public final class ReviewDemo {

    /** The review the demo's checklists for Kenya carry, as {@code irm checklist} names it. */
    public static final String REVIEW_ID = NewReview.defaultId("uncac", 2, "KEN");

    /** Months between the draw and the demo's day: the early deadlines are past, the report's still to come. */
    private static final int MONTHS_SINCE_DRAW = 7;

    private static final String[][] REVIEWERS = {{"SEN", "Aminata Diallo"}, {"BRA", "Jo\u00e3o Silva"},
        {ChecklistIdentity.SECRETARIAT, "UNODC Secretariat"}};

    /** Brazil's two experts: address and name. */
    static final String[][] BRAZIL_EXPERTS = {{"joao.silva@cgu.gov.br.example", "Jo\u00e3o Silva"},
        {"marina.costa@cgu.gov.br.example", "Marina Costa"}};

    private final PrintWriter say;

    public ReviewDemo(PrintWriter say) {
        this.say = say;
    }

    /**
     * What the step left: the review and where each reviewer and expert of it stands ({@code irm status}'s
     * lines), the consolidated review, or nothing when the sample answers were too short to review.
     */
    public record Outcome(ReviewRecord review, List<ReviewAssignments.Progress> progress, ReviewDesk.Consolidated merged) { }

    /**
     * Runs the step on Kenya's answers as {@code kenyaReturn} carries them; {@code config} is the user's
     * (the desk's folders are the run's, as the intake step's).
     */
    public Optional<Outcome> run(Path run, IrmConfig config, Path kenyaReturn, Catalogue catalogue, I18nLabels labels,
                                 IdentitySeal seal, TemplateSource templates, StateList states, Register register)
            throws IOException {
        say.println("8. Review: copies of Kenya's answers for Senegal, Brazil's two experts (irm review assign) and the"
                + " secretariat, edited, merged");
        IrmConfig deskConfig = ReturnsDemo.deskConfig(config, run);
        // As irm review-copy writes them: after the provisions, the contributors' input Kenya shared with
        // reviewers, then Kenya's supporting documents and the provisions whose answers cite them.
        ReviewDesk desk = new ReviewDesk(catalogue, labels, seal, templates, states, Clock.systemUTC()).withSections(List.of(
                new ContributorsInReviewCopy(new Contributors(register), catalogue, labels, ContributorLabels.load(templates)),
                DocumentsInReviewCopy.over(deskConfig, register, catalogue)));
        Map<FieldId, String> answers = new ChecklistAnswers(new DocumentInspector(seal)).read(kenyaReturn);
        State kenya = states.find("KEN").orElseThrow();
        registerReview(say, register, templates);
        Path outbox = run.resolve("outbox").resolve("KEN");
        Path reviews = Files.createDirectories(run.resolve("reviews"));
        List<FieldId> texts = answers.keySet().stream().filter(f -> catalogue.question(f)
                .filter(q -> q.kind() == QuestionKind.LONG_TEXT).isPresent() && answers.get(f).split(" ").length >= 4
                && !answers.get(f).contains("\n")).limit(3).toList();
        if (texts.size() < 3) {
            say.println("   (skipped: the sample answers have too few long texts to review)");
            return Optional.empty();
        }
        ReviewAssignments assignments = new ReviewAssignments(register, desk, Clock.systemUTC());
        ReviewRecord review = assignments.review(kenya.iso3(), REVIEW_ID);
        List<ExpertShare> experts = assignExperts(assignments, review, catalogue, texts);
        Map<String, String> levels = assignments.levels(review);
        ReviewIntake intake = new ReviewIntake(catalogue, seal, register.reviewNotes(), PackageLimits.DEFAULTS,
                assignments.articles());
        List<Path> returned = new ArrayList<>();
        // Senegal's whole copy, Brazil's two experts' shares, the secretariat's whole copy.
        List<String[]> copies = List.of(REVIEWERS[0], REVIEWERS[1], REVIEWERS[1], REVIEWERS[2]);
        for (int r = 0; r < copies.size(); r++) {
            String reviewer = copies.get(r)[0];
            ExpertShare expert = r == 1 ? experts.get(0) : r == 2 ? experts.get(1) : null;
            ReviewDesk.Copy copy = expert == null ? desk.reviewCopy(kenya, REVIEW_ID, Language.EN, reviewer, answers, outbox)
                    : desk.reviewCopy(kenya, REVIEW_ID, Language.EN, reviewer, expert, levels, answers, outbox);
            SampleReviewer sample = SampleReviewer.open(copy.file())
                    .as(expert == null ? copies.get(r)[1] : expert.displayName(), Instant.now().toString());
            edit(sample, r, texts, answers, catalogue, experts);
            Path back = sample.save(reviews.resolve(copy.file().getFileName().toString().replace(".docx", "-returned.docx")));
            ReviewIntake.Taken taken = intake.take(back, back.getFileName().toString(), Instant.now());
            say.printf("   %-52s %s%s: %d notes recorded%n", back.getFileName(), desk.reviewers(Language.EN).name(reviewer),
                    expert == null ? "" : ", expert " + expert.displayName() + " (articles " + range(expert.articles()) + ")",
                    taken.notes().size());
            returned.add(back);
        }
        say.printf("   every copy ends with the contributors' input Kenya shared with reviewers and Kenya's %d supporting"
                + " documents, each with the provisions whose answers cite it (an expert's: those of their articles)%n",
                SupportingDesk.over(deskConfig, register).of(kenya.iso3()).size());
        ReviewDesk.Consolidated merged = desk.merge(kenya, returned, outbox, assignments.mergeContext(review));
        say.printf("   %-52s %d tracked changes, %d comments, %d conflict(s) marked; Brazil's experts named: %s%n",
                merged.file().getFileName(), merged.merged().changes(), merged.merged().comments(),
                merged.merged().conflicts(), String.join(", ", experts.stream().map(ExpertShare::displayName).toList()));
        return Optional.of(new Outcome(review, assignments.progress(review), merged));
    }

    /**
     * Brazil's review shared between two experts as {@code irm review assign} records it: the first holds the
     * articles of the answers the reviewers edit (chapter II), the second the rest (chapter V); disjoint.
     */
    private List<ExpertShare> assignExperts(ReviewAssignments assignments, ReviewRecord review, Catalogue catalogue,
                                            List<FieldId> texts) {
        Set<Integer> edited = new TreeSet<>();
        texts.forEach(f -> catalogue.provision(f.provisionId()).ifPresent(p -> edited.add(p.article())));
        List<Integer> all = catalogue.articles().map(Article::number).toList();
        int firstOfChapterV = all.stream().filter(a -> a > 50).findFirst().orElse(Integer.MAX_VALUE);
        List<Integer> first = all.stream().filter(a -> a < firstOfChapterV || edited.contains(a)).toList();
        List<Integer> second = all.stream().filter(a -> !first.contains(a)).toList();
        List<ExpertShare> shares = new ArrayList<>();
        for (int e = 0; e < BRAZIL_EXPERTS.length; e++) {
            ReviewAssignments.Done done = assignments.assign(review, REVIEWERS[1][0], BRAZIL_EXPERTS[e][0],
                    BRAZIL_EXPERTS[e][1], (e == 0 ? first : second).stream().map(ArticleRef::of).toList(), false,
                    "secretariat");
            say.printf("   irm review assign: %s (%s, BRA) reviews articles %s%n", done.expert().email(), done.expert().name(),
                    range(done.articles()));
            shares.add(assignments.share(review, REVIEWERS[1][0], done.expert().email()).orElseThrow());
        }
        return shares;
    }

    /** "5-14" for a run of articles, "5, 6, 9" otherwise. */
    private static String range(List<ArticleRef> refs) {
        List<Integer> articles = refs.stream().map(ArticleRef::number).toList();
        boolean consecutive = articles.size() > 2 && articles.get(articles.size() - 1) - articles.get(0) == articles.size() - 1;
        return consecutive ? articles.get(0) + "-" + articles.get(articles.size() - 1)
                : String.join(", ", articles.stream().map(String::valueOf).toList());
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
    static void registerReview(PrintWriter say, Register register, TemplateSource templates) throws IOException {
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
    private static void edit(SampleReviewer reviewer, int r, List<FieldId> fields, Map<FieldId, String> answers,
                             Catalogue catalogue, List<ExpertShare> experts) {
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
            case 2 -> {
                // Brazil's second expert, on the first provision of their own articles.
                String own = catalogue.provisions().filter(experts.get(1)::holds)
                        .findFirst().orElseThrow().id();
                reviewer.note(own, NoteKind.OBSERVATION, "Asset recovery cases are tracked from seizure to return.");
            }
            default -> {
                reviewer.move(fields.get(2), answers.get(fields.get(2)).split(" ")[0] + " ", fields.get(1));
                reviewer.comment(fields.get(0), first[first.length - 1], "Consistent with the last review.");
                reviewer.note(provision, NoteKind.OBSERVATION, "Implementation is on track.");
            }
        }
    }
}
