package org.irm.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irm.review.ReviewMergeTest.desk;
import static org.irm.review.ReviewMergeTest.kenya;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.demo.SampleReviewer;
import org.irm.docx.Comment;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.PackageLimits;
import org.irm.docx.Revision;
import org.irm.docx.RevisionType;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.Event;
import org.irm.register.ExpertAssignments;
import org.irm.register.NewReview;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewExpert;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.1: France's review of Kenya shared between two French experts, real copies written,
 * filled as Word stores edits, taken in to a real register and merged.
 */
class ExpertReviewTest {

    static final String MARIE = "marie.curie@france.example";
    static final String PAUL = "paul.martin@france.example";
    static final FieldId FIVE_ONE = FieldId.parse("uncac.5.1/measures");
    static final FieldId SIX_ONE = FieldId.parse("uncac.6.1.a/measures");
    static final FieldId NINE_ONE = FieldId.parse("uncac.9.1/measures");
    static final Map<FieldId, String> ANSWERS = Map.of(
            FIVE_ONE, "The National Anti-Corruption Strategy 2024 covers all ministries.",
            SIX_ONE, "The Ethics and Anti-Corruption Commission prevents corruption.",
            NINE_ONE, "The Public Procurement Act 2015 applies to every tender.");

    @TempDir
    Path folder;

    private Register register;
    private ReviewDesk desk;
    private ReviewAssignments assignments;
    private ReviewRecord review;

    @BeforeEach
    void kenyasReviewByFranceAndSenegal() throws Exception {
        register = Register.open(IrmConfig.of(Map.of("irm.home", folder.toString())));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        review = register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(ReviewerAssignment.of("FRA", "same-group", "uncac"), ReviewerAssignment.of("SEN", "global", "uncac")),
                List.of(), null, Instant.parse("2026-06-01T10:00:00Z")));
        desk = desk();
        assignments = new ReviewAssignments(register, desk, clock);
    }

    private Path copyFor(String email) throws Exception {
        ExpertShare share = assignments.share(review, "FRA", email).orElseThrow();
        return desk.reviewCopy(kenya(), review.id(), Language.EN, "FRA", share, assignments.levels(review), ANSWERS,
                folder.resolve("outbox")).file();
    }

    private ReviewIntake intake() {
        return new ReviewIntake(Checklists.cycle2(), Checklists.SEAL, register.reviewNotes(), PackageLimits.DEFAULTS,
                assignments.articles());
    }

    private static Set<Integer> articlesIn(Path copy) throws Exception {
        DocxReading reading = new DocxReader().read(copy);
        return new org.irm.identity.IdentityVerifier(Checklists.SEAL).check(reading).manifest().fields().stream()
                .map(f -> Checklists.cycle2().provision(f.field().provisionId()).orElseThrow().article())
                .filter(a -> a > 0).collect(Collectors.toSet());
    }

    @Test
    void twoExpertsOfOneReviewingStateGetCopiesOfDisjointArticlesThatMergeIntoOneReviewUnderTheirNames() throws Exception {
        assignments.assign(review, "FRA", MARIE, "Marie Curie", ArticleRef.numbers(5, 6), false, "secretariat");
        assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(9), false, "secretariat");
        Path maries = copyFor(MARIE);
        Path pauls = copyFor(PAUL);

        assertThat(articlesIn(maries)).containsExactlyInAnyOrder(5, 6);
        assertThat(articlesIn(pauls)).containsExactly(9);
        // Word is set to someone else on Marie's machine: her changes still carry her registered name.
        Path marieDone = SampleReviewer.open(maries).as("mcurie", "2026-12-01T10:00:00Z")
                .replace(FIVE_ONE, "2024", "2025").note("uncac.6.1.a", NoteKind.OBSERVATION, "The Commission lacks staff.")
                .save(folder.resolve("marie-returned.docx"));
        SampleReviewer paul = SampleReviewer.open(pauls).as("Paul Martin", "2026-12-01T11:00:00Z");
        paul.comment(NINE_ONE, "every tender", "Including county tenders?");
        paul.note("uncac.9.1", NoteKind.RECOMMENDATION, "Publish every award.");
        Path paulDone = paul.save(folder.resolve("paul-returned.docx"));
        for (Path copy : List.of(marieDone, paulDone)) {
            assertThat(intake().take(copy, copy.getFileName().toString(), Instant.parse("2026-12-01T12:00:00Z")).flagged())
                    .isFalse();
        }

        ReviewDesk.Consolidated merged = desk.merge(kenya(), List.of(marieDone, paulDone), folder.resolve("merged"),
                assignments.mergeContext(review));

        DocxReading reading = new DocxReader().read(merged.file());
        assertThat(reading.revisions()).extracting(Revision::type, Revision::author, Revision::text).containsExactlyInAnyOrder(
                Tuple.tuple(RevisionType.DELETION, "France (FRA) \u2014 Marie Curie (edited as: mcurie)", "2024"),
                Tuple.tuple(RevisionType.INSERTION, "France (FRA) \u2014 Marie Curie (edited as: mcurie)", "2025"));
        assertThat(reading.comments()).extracting(Comment::author, Comment::text)
                .containsExactly(Tuple.tuple("France (FRA) \u2014 Paul Martin", "Including county tenders?"));
        WordText text = WordText.of(merged.file());
        assertThat(String.join("\n", text.paragraphs())).contains("France (FRA) \u2014 Marie Curie, France (FRA) \u2014 Paul Martin")
                .contains("The Commission lacks staff.").contains("Publish every award.");
        List<ArticleRef> all = desk.catalogue().articles().map(a -> ArticleRef.of(a.number())).toList();
        List<ArticleRef> noExpert = all.stream().filter(a -> !ArticleRef.numbers(5, 6, 9).contains(a)).toList();
        assertThat(assignments.progress(review)).extracting(p -> p.reviewer(), p -> p.expert(), p -> p.assigned(),
                p -> p.returned(), p -> p.outstanding()).containsExactly(
                Tuple.tuple("FRA", null, noExpert, List.of(), noExpert),
                Tuple.tuple("FRA", MARIE, ArticleRef.numbers(5, 6), ArticleRef.numbers(5, 6), List.of()),
                Tuple.tuple("FRA", PAUL, ArticleRef.numbers(9), ArticleRef.numbers(9), List.of()),
                Tuple.tuple("SEN", null, all, List.of(), all));
    }

    @Test
    void anExpertsCopyCarryingAnArticleNoLongerAssignedToThemIsTakenWholeAndFlaggedEverywhereTheSecretariatLooks()
            throws Exception {
        assignments.assign(review, "FRA", MARIE, "Marie Curie", ArticleRef.numbers(5, 9), false, "secretariat");
        Path maries = copyFor(MARIE);
        assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(9), true, "secretariat");
        Path marieDone = SampleReviewer.open(maries).as("Marie Curie", "2026-12-01T10:00:00Z")
                .replace(NINE_ONE, "2015", "2016").save(folder.resolve("marie-returned.docx"));

        ReviewIntake.Taken taken = intake().take(marieDone, "marie-returned.docx", Instant.parse("2026-12-01T12:00:00Z"));

        assertThat(taken.refused()).isFalse();
        assertThat(taken.unassigned()).containsExactlyElementsOf(ArticleRef.numbers(9));
        assertThat(taken.assigned()).containsExactlyElementsOf(ArticleRef.numbers(5));
        assertThat(register.events()).filteredOn(e -> e.action().equals("review.copyFlagged")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("carries article 9, not assigned to " + MARIE));
        assertThat(assignments.progress(review)).filteredOn(p -> MARIE.equals(p.expert())).singleElement()
                .satisfies(p -> assertThat(p.flagged()).containsExactlyElementsOf(ArticleRef.numbers(9)));
        ReviewDesk.Consolidated merged = desk.merge(kenya(), List.of(marieDone), folder.resolve("merged"),
                assignments.mergeContext(review));
        DocxReading reading = new DocxReader().read(merged.file());
        String flag = "France (FRA) \u2014 Marie Curie was not assigned Article 9 (assigned: 5)";
        assertThat(reading.comments()).filteredOn(c -> c.author().equals("IRM Pipeline")).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith(flag));
        assertThat(reading.revisions()).extracting(Revision::text).contains("2015", "2016");
        assertThat(String.join("\n", WordText.of(merged.file()).paragraphs())).contains("For the secretariat: " + flag);
    }

    @Test
    void anArticleAnotherExpertOfTheSameStateHoldsIsRefusedNamingThemUnlessMoved() {
        assignments.assign(review, "FRA", MARIE, "Marie Curie", ArticleRef.numbers(5, 6), false, "secretariat");

        assertThatThrownBy(() -> assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(6, 7), false, "secretariat"))
                .isInstanceOf(ExpertAssignments.Overlap.class)
                .hasMessageContaining("Two experts of FRA cannot review the same article: article 6 to " + MARIE);
        assertThat(register.expertAssignments(Clock.systemUTC()).articlesOf(review.id(), "FRA", PAUL)).isEmpty();

        assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(6, 7), true, "secretariat");
        assertThat(register.expertAssignments(Clock.systemUTC()).articlesOf(review.id(), "FRA", MARIE)).containsExactlyElementsOf(ArticleRef.numbers(5));
        assertThat(register.expertAssignments(Clock.systemUTC()).articlesOf(review.id(), "FRA", PAUL)).containsExactlyElementsOf(ArticleRef.numbers(6, 7));
        // Senegal's expert may review article 6 too: one expert per article and reviewing State.
        assignments.assign(review, "SEN", "awa@senegal.example", null, ArticleRef.numbers(6), false, "secretariat");
        assertThat(register.events()).extracting(Event::action).contains("expert.added", "review.assigned");
    }

    @Test
    void anExpertRegisteredForAnotherReviewingStateOrAnArticleOutsideTheChecklistIsRefused() {
        register.reviewExperts().add(new ReviewExpert(review.id(), "SEN", "awa@senegal.example", "Awa", Language.FR),
                "secretariat");

        assertThatThrownBy(() -> assignments.assign(review, "FRA", "awa@senegal.example", null, ArticleRef.numbers(5), false, "s"))
                .hasMessageContaining("registered as an expert of SEN");
        assertThatThrownBy(() -> assignments.assign(review, "FRA", MARIE, null, ArticleRef.numbers(5, 99), false, "s"))
                .hasMessageContaining("Article 99 is not part of the uncac checklist of cycle 2");
        assertThatThrownBy(() -> assignments.assign(review, "BRA", MARIE, null, ArticleRef.numbers(5), false, "s"))
                .hasMessageContaining("BRA is not a drawn reviewing State of review uncac-2-KEN");
    }

    @Test
    void anExpertsCopyIsSealedWithTheExpertSoItCannotBeSentByAColleagueNorItsArticlesChanged() throws Exception {
        assignments.assign(review, "FRA", MARIE, "Marie Curie", ArticleRef.numbers(5), false, "secretariat");
        assignments.assign(review, "FRA", PAUL, "Paul Martin", ArticleRef.numbers(9), false, "secretariat");
        ChecklistIdentity maries = new org.irm.identity.IdentityVerifier(Checklists.SEAL)
                .check(new DocxReader().read(copyFor(MARIE))).identity().orElseThrow();
        ReviewerCheck check = new ReviewerCheck(register.reviews(), register.reviewExperts(), iso3 -> iso3);

        assertThat(maries.expert()).isEqualTo(MARIE);
        assertThat(check.refusal(maries, null, PAUL)).get().asString()
                .contains("issued to " + MARIE).contains(PAUL + " may not return it");
        assertThat(check.refusal(maries, null, MARIE)).isEmpty();
        ChecklistIdentity widened = new ChecklistIdentity(maries.checklistId(), maries.reviewId(), maries.state(),
                maries.instrument(), maries.cycle(), maries.language(), maries.catalogueVersion(), null, maries.issuedAt(),
                maries.seal(), maries.reviewer(), maries.cluster(), MARIE, ArticleRef.numbers(5, 9));
        assertThat(Checklists.SEAL.verifies(widened)).isFalse();
        assertThat(Checklists.SEAL.verifies(maries)).isTrue();
    }
}
