package org.irm.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.register.Finding;
import org.irm.register.MasterChecklist;
import org.irm.register.ReturnedAnswer;

/**
 * Where one provision of a State's checklist stands, from its master checklist: {@code answered}
 * (returned, no finding open), {@code findings} (returned, findings open) or {@code missing} (no
 * return carried it yet).
 *
 * @param answered  questions with an answer that says something
 * @param questions questions the State answers (read-only ones not counted)
 * @param parts     the parts (whole, agency:...) whose returns carried the provision
 * @param lastReceived when the latest answer to it arrived, or null when missing
 */
public record ProvisionProgress(String provision, String status, int answered, int questions, int findings,
                                int conflicts, Set<String> parts, Instant lastReceived) {

    public static final String ANSWERED = "answered";
    public static final String FINDINGS = "findings";
    public static final String MISSING = "missing";

    /** Every provision of the catalogue, in its order, as the master checklist has it. */
    public static List<ProvisionProgress> of(MasterChecklist master, Catalogue catalogue) {
        Map<String, List<Finding>> findings = master.openFindings().stream().filter(f -> f.field() != null)
                .collect(Collectors.groupingBy(f -> f.field().provisionId()));
        Map<String, Long> conflicts = master.conflicts().stream()
                .collect(Collectors.groupingBy(c -> c.field().provisionId(), Collectors.counting()));
        // Each question's answers (a multiple-choice question has one per option), found once: looking
        // them up in the whole checklist for every question cost seconds for 190 full checklists.
        Map<FieldId, List<ReturnedAnswer>> byQuestion = master.current().entrySet().stream().collect(
                Collectors.groupingBy(e -> e.getKey().questionField(), Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<ProvisionProgress> progress = new ArrayList<>();
        catalogue.provisions().forEach(provision -> progress.add(of(provision, byQuestion,
                findings.getOrDefault(provision.id(), List.of()).size(), conflicts.getOrDefault(provision.id(), 0L).intValue())));
        return progress;
    }

    private static ProvisionProgress of(Provision provision, Map<FieldId, List<ReturnedAnswer>> byQuestion, int findings,
                                        int conflicts) {
        int questions = 0;
        int answered = 0;
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
            returned |= !answers.isEmpty();
            if (answers.stream().anyMatch(ReturnedAnswer::given)) {
                answered++;
            }
            for (ReturnedAnswer answer : answers) {
                parts.add(answer.part());
                if (last == null || answer.receivedAt().isAfter(last)) {
                    last = answer.receivedAt();
                }
            }
        }
        String status = !returned ? MISSING : findings > 0 ? FINDINGS : ANSWERED;
        return new ProvisionProgress(provision.id(), status, answered, questions, findings, conflicts, parts, last);
    }
}
