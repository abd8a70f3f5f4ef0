package org.irm.analysis;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.register.NeedCoding;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.register.ReportRecords;
import org.irm.register.ReviewStage;

/**
 * A small register for the command and suggestion tests: Kenya's and France's completed second-cycle
 * reviews with three needs (Kenya's first coded and confirmed, the others not coded), a recommendation
 * and a good practice; and Ghana's review, not completed, whose need is not counted.
 */
final class FewNeeds {

    static final Instant COMPLETED = Instant.parse("2021-03-01T10:00:00Z");
    static final String TRAINING_NEED = "Training of procurement officers on the new e-procurement platform.";
    static final String DRAFTING_NEED = "Assistance in drafting legislation on asset declarations.";
    static final String FINANCES_NEED = "Ressources financières pour la cellule de renseignement financier.";

    private FewNeeds() {
    }

    static void fill(Register register) {
        review(register, "KEN", Language.EN, true, List.of(
                drawn("uncac.9.1/taNeed/1", "uncac.9.1", "taNeed", TRAINING_NEED, Language.EN),
                drawn("uncac.8.5/taNeed/1", "uncac.8.5", "taNeed", DRAFTING_NEED, Language.EN),
                drawn("uncac.9.1/recommendation/1", "uncac.9.1", "recommendation", "Publish all contract awards online.", Language.EN),
                drawn("uncac.10/goodPractice/1", "uncac.10", "goodPractice", "The open data portal.", Language.EN)));
        review(register, "FRA", Language.FR, true, List.of(
                drawn("uncac.58/taNeed/1", "uncac.58", "taNeed", FINANCES_NEED, Language.FR)));
        review(register, "GHA", Language.EN, false, List.of(
                drawn("uncac.5.1/taNeed/1", "uncac.5.1", "taNeed", "Support for the national strategy.", Language.EN)));
        register.needCodings().record(List.of(new NeedCoding("uncac-2-KEN", "uncac.9.1/taNeed/1", "capacity-building", "h",
                List.of("technological-tools", "training"), true, "secretariat", COMPLETED.plusSeconds(86_400), null, null)));
    }

    private static void review(Register register, String iso3, Language language, boolean completed,
                               List<ReportRecords.Drawn> blocks) {
        String id = NewReview.defaultId("uncac", 2, iso3);
        register.reviews().create(new NewReview(id, iso3, "uncac", 2, language, ReviewStage.DRAFT_REPORT, List.of(), List.of(),
                null, COMPLETED.minusSeconds(86_400 * 300L)));
        register.reportRecords().syncDrawn(id, blocks, COMPLETED.minusSeconds(86_400));
        if (completed) {
            register.reviews(Clock.fixed(COMPLETED, ZoneOffset.UTC)).setStage(id, ReviewStage.FINAL, "secretariat");
        }
    }

    private static ReportRecords.Drawn drawn(String key, String provision, String kind, String text, Language language) {
        return new ReportRecords.Drawn(key, provision, kind, null, text, language, "author", "answers");
    }
}
