package org.irm.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.State;
import org.irm.report.ReviewFacts;
import org.irm.report.ReviewerNote;
import org.irm.report.StateAnswers;

/**
 * A review as it stands once the State has answered and the reviewers have written their notes,
 * made up deterministically from a seed: answers for every provision in the review language,
 * observations on each, some good practices, recommendations and technical-assistance needs, and
 * a few notes in another language than the review's. For the demo, tests and benchmarks.
 */
public final class SampleReview {

    private static final Map<Language, List<String>> MEASURES = Map.of(
            Language.EN, List.of("The Anti-Corruption Act of 2019 (sections 12 to 18) gives effect to this provision.",
                    "Regulation 45/2021 on public procurement sets the rules, applied by the Procurement Authority.",
                    "A national strategy adopted in 2022 assigns this task to the Ethics Commission."),
            Language.FR, List.of("La loi anticorruption de 2019 (articles 12 à 18) donne effet à cette disposition.",
                    "Le règlement 45/2021 sur les marchés publics fixe les règles appliquées par l'Autorité des marchés."),
            Language.AR, List.of("يُنفذ قانون مكافحة الفساد لعام 2019 (المواد من 12 إلى 18) هذا الحكم.",
                    "تحدد اللائحة رقم 45/2021 بشأن المشتريات العمومية القواعد التي تطبقها هيئة المشتريات."));
    private static final String OBSERVATION = "The reviewers noted that the measures described are in place and are applied"
            + " by the authorities concerned.";
    private static final String OBSERVATION_FR = "Les examinateurs ont constaté que les mesures décrites sont appliquées.";
    private static final String GOOD_PRACTICE = "The online register of asset declarations is public and searchable.";
    private static final String RECOMMENDATION = "Adopt the draft amendment and allocate resources to its implementation.";

    private SampleReview() {
    }

    /**
     * The sample review of a State, reviewed by two others.
     *
     * @param reviewers exactly the reviewing States, the first from the same regional group
     */
    public static FixedReportInputs of(Catalogue catalogue, State under, Language reviewLanguage, List<State> reviewers,
                                       long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReviewFacts.ReviewingState> reviewing = new ArrayList<>();
        for (int i = 0; i < reviewers.size(); i++) {
            reviewing.add(new ReviewFacts.ReviewingState(reviewers.get(i).iso3(), reviewers.get(i).name(),
                    i == 0 ? "same-group" : "global"));
        }
        ReviewFacts facts = new ReviewFacts(catalogue.instrument() + "-" + catalogue.cycle() + "-" + under.iso3(),
                under.iso3(), under.name(), catalogue.instrument(), catalogue.cycle(), reviewLanguage, "drafting",
                reviewing, List.of(new ReviewFacts.ReviewDate("selfAssessment", LocalDate.of(2027, 3, 31)),
                        new ReviewFacts.ReviewDate("deskReview", LocalDate.of(2027, 5, 12)),
                        new ReviewFacts.ReviewDate("countryDialogue", LocalDate.of(2027, 6, 14)),
                        new ReviewFacts.ReviewDate("draftReport", LocalDate.of(2027, 9, 30))));
        Map<FieldId, String> answers = new LinkedHashMap<>();
        List<ReviewerNote> notes = new ArrayList<>();
        List<String> measures = MEASURES.getOrDefault(reviewLanguage, MEASURES.get(Language.EN));
        String first = reviewers.isEmpty() ? "SEC" : reviewers.get(0).iso3();
        String second = reviewers.size() < 2 ? first : reviewers.get(1).iso3();
        catalogue.provisions().forEach(provision -> {
            String compliance = List.of("yes", "yes", "partly", "no").get(random.nextInt(4));
            answers.put(provision.field("compliance"), compliance);
            answers.put(provision.field("measures"), measures.get(random.nextInt(measures.size())));
            if (random.nextInt(3) == 0) {
                answers.put(provision.field("examples"), "In 2023, 14 cases were referred to the prosecution service.");
            }
            if (!"yes".equals(compliance)) {
                answers.put(provision.field("challenges").withOption("limited-resources"), "true");
            }
            boolean inFrench = random.nextInt(10) == 0;
            notes.add(new ReviewerNote(provision.id(), ReviewerNote.Kind.OBSERVATION, first, "Expert " + first,
                    inFrench ? OBSERVATION_FR : OBSERVATION, inFrench ? Language.FR : Language.EN));
            outcomes(provision, compliance, random, second, answers, notes);
        });
        return new FixedReportInputs(facts, new StateAnswers(answers, reviewLanguage), notes);
    }

    private static void outcomes(Provision provision, String compliance, SplittableRandom random, String reviewer,
                                 Map<FieldId, String> answers, List<ReviewerNote> notes) {
        if ("yes".equals(compliance) && random.nextInt(8) == 0) {
            notes.add(new ReviewerNote(provision.id(), ReviewerNote.Kind.GOOD_PRACTICE, reviewer, "", GOOD_PRACTICE,
                    Language.EN));
        }
        if ("no".equals(compliance)) {
            notes.add(new ReviewerNote(provision.id(), ReviewerNote.Kind.RECOMMENDATION, reviewer, "", RECOMMENDATION,
                    Language.EN));
            if (random.nextInt(2) == 0) {
                answers.put(provision.field("taNeeds").withOption("legislative-drafting"), "true");
                answers.put(provision.field("taDescription"), "Support in drafting the amendment and training of judges.");
            }
        }
    }
}
