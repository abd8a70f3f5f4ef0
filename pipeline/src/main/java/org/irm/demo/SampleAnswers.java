package org.irm.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.QuestionKind;
import org.irm.identity.FieldMapEntry;

/**
 * Answers a checklist as a State would, deterministically from a seed: a mix of compliance
 * ratings, measures in the checklist's language, steps where compliance is partial, some
 * challenges and assistance needs ticked (or, in the second cycle, a need in the State's words), dates. For samples, tests, training and the demo.
 */
public final class SampleAnswers {

    private static final Map<Language, List<String>> MEASURES = Map.of(
            Language.EN, List.of(
                    "The Anti-Corruption Act of 2019 (sections 12 to 18) gives effect to this provision.",
                    "Regulation 45/2021 on public procurement sets the rules, applied by the Procurement Authority.",
                    "A national strategy adopted in 2022 assigns this task to the Ethics Commission.",
                    "The Public Service Code and its implementing circular cover this requirement."),
            Language.AR, List.of(
                    "يُنفذ قانون مكافحة الفساد لعام 2019 (المواد من 12 إلى 18) هذا الحكم.",
                    "تحدد اللائحة رقم 45/2021 بشأن المشتريات العمومية القواعد التي تطبقها هيئة المشتريات.",
                    "تُسند الاستراتيجية الوطنية المعتمدة في عام 2022 هذه المهمة إلى هيئة النزاهة."),
            Language.FR, List.of(
                    "La loi anticorruption de 2019 (articles 12 à 18) donne effet à cette disposition.",
                    "Le règlement 45/2021 sur les marchés publics fixe les règles appliquées par l'Autorité des marchés.",
                    "La stratégie nationale adoptée en 2022 confie cette tâche à la Commission d'éthique."));
    private static final Map<Language, String> EXAMPLES = Map.of(
            Language.EN, "In 2023, 14 cases were referred to the prosecution service; 9 ended in conviction.",
            Language.AR, "في عام 2023، أُحيلت 14 قضية إلى النيابة العامة، وانتهت 9 منها بالإدانة.",
            Language.FR, "En 2023, 14 affaires ont été transmises au parquet ; 9 ont abouti à une condamnation.");
    private static final Map<Language, String> STEPS = Map.of(
            Language.EN, "A draft amendment is before Parliament and is expected to pass in 2027.",
            Language.AR, "يُعرض مشروع تعديل على البرلمان ويُتوقع إقراره في عام 2027.",
            Language.FR, "Un projet de modification est devant le Parlement et devrait être adopté en 2027.");
    private static final Map<Language, String> RESPONDENT = Map.of(
            Language.EN, "Ms. A. Mwangi, Ethics and Anti-Corruption Commission",
            Language.AR, "السيدة أ. منصور، هيئة النزاهة ومكافحة الفساد",
            Language.FR, "Mme A. Diallo, Commission d'éthique et de lutte contre la corruption");

    private static final Map<Language, String> AGENCIES = Map.of(
            Language.EN, "Ministry of Justice\nPublic Procurement Authority\nFinancial Intelligence Unit",
            Language.AR, "وزارة العدل\nهيئة المشتريات العمومية\nوحدة الاستخبارات المالية",
            Language.FR, "Ministère de la justice\nAutorité des marchés publics\nCellule de renseignement financier");

    private static final Map<Language, String> NEEDS = Map.of(
            Language.EN, "Training of procurement officers in the detection of bid rigging.",
            Language.AR, "تدريب موظفي المشتريات على كشف التواطؤ في العطاءات.",
            Language.FR, "Formation des agents des marchés publics à la détection des ententes.");

    private final SplittableRandom random;
    private final Language language;

    public SampleAnswers(long seed, Language language) {
        this.random = new SplittableRandom(seed);
        this.language = language;
    }

    /** Answers for every field of a checklist's field map. */
    public Map<FieldId, String> answer(List<FieldMapEntry> fields) {
        Map<FieldId, String> answers = new LinkedHashMap<>();
        String compliance = "yes";
        for (FieldMapEntry entry : fields) {
            FieldId field = entry.field();
            if (entry.kind() == QuestionKind.NEEDS) {
                if (!"yes".equals(compliance) && random.nextInt(3) == 0) {
                    answers.put(Needs.description(field, 1), text(NEEDS));
                    answers.put(Needs.priority(field, 1), List.of("high", "medium", "low").get(random.nextInt(3)));
                }
                continue;
            }
            String value = switch (field.question()) {
                case "respondent" -> text(RESPONDENT);
                case "agenciesConsulted" -> text(AGENCIES);
                case "submittedOn" -> "2027-02-" + (10 + random.nextInt(18));
                case "compliance" -> compliance = List.of("yes", "yes", "partly", "no").get(random.nextInt(4));
                case "measures" -> pick(MEASURES.getOrDefault(language, MEASURES.get(Language.EN)))
                        + "\n" + pick(MEASURES.getOrDefault(language, MEASURES.get(Language.EN)));
                case "examples" -> random.nextInt(3) == 0 ? "" : text(EXAMPLES);
                case "steps" -> "yes".equals(compliance) ? "" : text(STEPS);
                case "challenges", "taNeeds" -> "yes".equals(compliance) || random.nextInt(3) != 0 ? "false" : "true";
                case "challengesOther", "taDescription" -> "";
                case "previousUpdate" -> random.nextInt(4) == 0 ? text(STEPS) : "";
                // The UNTOC questionnaires' short questions.
                case "implemented" -> compliance = List.of("yes", "yes", "partly", "no").get(random.nextInt(4));
                case "legislation" -> "no".equals(compliance) ? "" : pick(MEASURES.getOrDefault(language, MEASURES.get(Language.EN)));
                case "explanation" -> "yes".equals(compliance) ? "" : text(STEPS);
                case "assistance" -> "yes".equals(compliance) ? "no" : "yes";
                default -> "";
            };
            if (!value.isEmpty() && entry.kind() != QuestionKind.PREVIOUS) {
                answers.put(field, value);
            }
        }
        return answers;
    }

    private String text(Map<Language, String> bank) {
        return bank.getOrDefault(language, bank.get(Language.EN));
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
