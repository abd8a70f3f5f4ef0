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
import java.util.Properties;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.TemplateSource;
import org.irm.docx.DocxReader;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.IdentityVerifier;
import org.irm.register.NewReview;
import org.irm.register.Recommendations;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewStage;
import org.irm.register.ReviewerAssignment;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18.1: provisions ordered by priority, from the template's rule and the secretariat's own levels. */
class ReviewPriorityTest {

    @TempDir
    Path folder;

    @Test
    void theShippedRuleOrdersProvisionsWithLastCycleRecommendationsFirstThenTheConventionsOrder() {
        PriorityRule rule = PriorityRule.load(TemplateSource.bundled());
        PriorityFacts facts = new PriorityFacts(Map.of(PriorityFacts.LAST_CYCLE_RECOMMENDATION, java.util.Set.of("uncac.9", "uncac.6.1.a")));

        ReviewOrder order = new ReviewOrder(Checklists.cycle2(), rule, ReviewOrder.levels(Checklists.cycle2(), rule, facts,
                Map.of("uncac.5.2", "low")));

        List<String> ids = order.provisions(p -> true).stream().map(p -> p.id()).toList();
        assertThat(rule.levels()).containsExactly("high", "normal", "low");
        // A fact on a subparagraph counts for its paragraph; one on an article for all its provisions.
        assertThat(ids.subList(0, 4)).containsExactly("uncac.6.1", "uncac.6.1.a", "uncac.9.1", "uncac.9.1.a");
        long nine = ids.stream().filter(id -> id.startsWith("uncac.9.")).count();
        assertThat(ids.indexOf("uncac.5.1")).isEqualTo(2 + nine);
        assertThat(ids.indexOf("uncac.6.1.b")).isGreaterThan(ids.indexOf("uncac.5.1"));
        assertThat(ids.get(ids.size() - 1)).isEqualTo("uncac.5.2");
        assertThat(order.outline(p -> true)).filteredOn(e -> e.kind() == ReviewOrder.Kind.LEVEL)
                .extracting(ReviewOrder.Entry::level).containsExactly("high", "normal", "low");
    }

    @Test
    void aRuleNamingAnUnknownCriterionOrLevelIsRefusedNamingTheLine() {
        Properties file = new Properties();
        file.setProperty("levels", "high, normal");
        file.setProperty("rules", "last-cycle-recomendation: high");
        file.setProperty("default", "normal");

        assertThatThrownBy(() -> PriorityRule.parse(file)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'last-cycle-recomendation: high' is not '<criterion>: <level>'");
        file.setProperty("rules", "last-cycle-recommendation: urgent");
        assertThatThrownBy(() -> PriorityRule.parse(file)).hasMessageContaining("'urgent' is not one of the levels");
    }

    @Test
    void aReviewCopyAndTheMergedReviewPutTheLastCyclesRecommendationsAndTheSecretariatsHighFirst() throws Exception {
        Register register = Register.open(IrmConfig.of(Map.of("irm.home", folder.toString())));
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        register.reviews().create(NewReview.of("KEN", "uncac", 1, Language.EN, ReviewStage.DESK_REVIEW,
                List.of(ReviewerAssignment.of("SEN", "global", "uncac")), List.of(), null, Instant.parse("2015-06-01T10:00:00Z")));
        register.recommendations().track("uncac-1-KEN", "KEN", List.of(new Recommendations.NewItem(
                "uncac.9.1/recommendation/1", "uncac.9.1", "recommendation", null,
                Map.of(Language.EN, new Recommendations.VersionedText("Publish every tender.", 1)), Language.EN)),
                (review, provision, kind, n) -> review + "/R-" + provision + "-" + n, Instant.parse("2016-01-01T00:00:00Z"));
        ReviewRecord review = register.reviews().create(NewReview.of("KEN", "uncac", 2, Language.EN,
                ReviewStage.DESK_REVIEW, List.of(ReviewerAssignment.of("FRA", "same-group", "uncac")), List.of(), null,
                Instant.parse("2026-06-01T10:00:00Z")));
        ReviewDesk desk = desk();
        ReviewAssignments assignments = new ReviewAssignments(register, desk, clock);
        assignments.prioritise(review, ArticleRef.numbers(13), List.of(), "high", "secretariat");
        assignments.prioritise(review, List.of(), List.of("uncac.5.1"), "low", "secretariat");

        Path copy = desk.reviewCopy(kenya(), review.id(), Language.EN, "FRA", null, assignments.levels(review),
                Map.of(FieldId.parse("uncac.9.1/measures"), "Procurement Act 2015."), folder.resolve("outbox")).file();

        List<String> provisions = new IdentityVerifier(Checklists.SEAL).check(new DocxReader().read(copy)).manifest()
                .fields().stream().map(FieldMapEntry::field).map(FieldId::provisionId).distinct().toList();
        assertThat(provisions.subList(0, 3)).containsExactly("uncac.general", "uncac.9.1", "uncac.9.1.a");
        assertThat(provisions.indexOf("uncac.13.2")).isLessThan(provisions.indexOf("uncac.5.2"));
        assertThat(provisions.indexOf("uncac.9.2")).isGreaterThan(provisions.indexOf("uncac.5.2"));
        assertThat(provisions.get(provisions.size() - 1)).isEqualTo("uncac.5.1");
        assertThat(WordText.of(copy).paragraphs("Heading1")).containsExactly(
                "First: provisions with recommendations of the last cycle, and those the secretariat marked high",
                "Then: the other provisions", "Last: provisions the secretariat marked low");
        ReviewDesk.Consolidated merged = desk.merge(kenya(), List.of(copy), folder.resolve("merged"),
                assignments.mergeContext(review));
        List<String> headings = WordText.of(merged.file()).paragraphs("Heading3");
        assertThat(headings.get(0)).startsWith("Article 9");
        assertThat(headings.get(headings.size() - 1)).startsWith("Article 5");
        assertThat(register.events()).filteredOn(e -> e.action().equals("review.priority")).hasSize(2);
    }
}
