package org.irm.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;
import org.irm.catalogue.RequiredAnswers;
import org.irm.register.Finding;
import org.irm.register.MasterChecklist;
import org.irm.register.ReturnedAnswer;
import org.irm.register.ReturnedVersion;

/**
 * Where one provision of a State's checklist stands, from its master checklist (every part and
 * version merged): {@code missing} (no return carried it yet), {@code answered} (returned, every
 * required field answered, no finding open) or {@code findings} (returned, but a finding is open or
 * a required field has no answer). Required is what the catalogue's rules say ({@code required}, and
 * {@code requiredWhen} when the other answer calls for it), read on the merged answers: a field one
 * agency left empty and another answered is answered, and the first one's finding about it is no
 * longer open.
 *
 * @param answered      questions with an answer that says something
 * @param questions     questions the State answers (read-only ones not counted)
 * @param findings      open findings on the provision's fields
 * @param parts         the parts (whole, agency:...) whose returns carried the provision
 * @param lastReceived  when the latest answer to it arrived, or null when missing
 * @param missingFields required questions without an answer (every required one while the provision is missing)
 */
public record ProvisionProgress(String provision, String status, int answered, int questions, int findings,
                                int conflicts, Set<String> parts, Instant lastReceived, int missingFields) {

    public static final String ANSWERED = "answered";
    public static final String FINDINGS = "findings";
    public static final String MISSING = "missing";

    /** Findings that only say a required answer is empty: settled once another return answers the field. */
    private static final Set<String> EMPTY_ANSWER_CODES = Set.of("required", "requiredWhen");

    /** Every provision of the catalogue, in its order, as the master checklist has it. */
    public static List<ProvisionProgress> of(MasterChecklist master, Catalogue catalogue) {
        // Each question's answers (a multiple-choice question has one per option), found once: looking
        // them up in the whole checklist for every question cost seconds for 190 full checklists.
        Map<FieldId, List<ReturnedAnswer>> byQuestion = master.current().entrySet().stream().collect(
                Collectors.groupingBy(e -> e.getKey().questionField(), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Finding>> findings = master.openFindings().stream().filter(f -> f.field() != null)
                .filter(f -> !(EMPTY_ANSWER_CODES.contains(f.code())
                        && byQuestion.getOrDefault(f.field().questionField(), List.of()).stream().anyMatch(ReturnedAnswer::given)))
                .collect(Collectors.groupingBy(f -> f.field().provisionId()));
        Map<String, Long> conflicts = master.conflicts().stream()
                .collect(Collectors.groupingBy(c -> c.field().provisionId(), Collectors.counting()));
        List<ProvisionProgress> progress = new ArrayList<>();
        catalogue.provisions().forEach(provision -> progress.add(of(provision, byQuestion,
                findings.getOrDefault(provision.id(), List.of()).size(), conflicts.getOrDefault(provision.id(), 0L).intValue(),
                master.latestCarrying(provision.id()).orElse(null))));
        return progress;
    }

    /**
     * @param carrying the latest return that carried the provision, or null: a field left blank in
     *                 every return has no answer in the register and stands as blank there
     */
    private static ProvisionProgress of(Provision provision, Map<FieldId, List<ReturnedAnswer>> byQuestion, int findings,
                                        int conflicts, ReturnedVersion carrying) {
        int questions = 0;
        int answered = 0;
        int missingFields = 0;
        Set<String> parts = new TreeSet<>();
        Instant last = null;
        boolean returned = false;
        for (Question question : provision.questions()) {
            if (question.readOnly()) {
                continue;
            }
            questions++;
            FieldId field = provision.field(question.id());
            List<ReturnedAnswer> answers = byQuestion.getOrDefault(field, List.of());
            returned |= !answers.isEmpty() || carrying != null;
            boolean given = answers.stream().anyMatch(ReturnedAnswer::given);
            if (given) {
                answered++;
            } else if (RequiredAnswers.required(provision, question, q -> answerOf(provision, q, byQuestion))) {
                missingFields++;
            }
            for (ReturnedAnswer answer : answers) {
                parts.add(answer.part());
                if (last == null || answer.receivedAt().isAfter(last)) {
                    last = answer.receivedAt();
                }
            }
            if (answers.isEmpty() && carrying != null) {
                parts.add(carrying.part());
                if (last == null || carrying.receivedAt().isAfter(last)) {
                    last = carrying.receivedAt();
                }
            }
        }
        String status = !returned ? MISSING : findings > 0 || missingFields > 0 ? FINDINGS : ANSWERED;
        return new ProvisionProgress(provision.id(), status, answered, questions, findings, conflicts, parts, last,
                missingFields);
    }

    /** A question's merged answer as the rules read it: the ticked codes of a check-box question, else the text. */
    private static Set<String> answerOf(Provision provision, Question question, Map<FieldId, List<ReturnedAnswer>> byQuestion) {
        List<ReturnedAnswer> answers = byQuestion.getOrDefault(provision.field(question.id()), List.of());
        if (question.kind() == QuestionKind.CODES) {
            return answers.stream().filter(ReturnedAnswer::given).map(a -> a.field().option()).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
        }
        return answers.stream().filter(a -> a.field().option() == null && a.given()).map(a -> a.value().strip())
                .collect(Collectors.toSet());
    }
}
