package org.irm.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CodeList;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.Needs;
import org.irm.catalogue.Question;
import org.irm.catalogue.QuestionKind;
import org.irm.catalogue.Provision;
import org.irm.register.ReportRecords;

/**
 * Draws a review's report blocks from its inputs: per provision the State's measures and
 * examples and the reviewers' observations (one block each, even when empty, so the secretariat
 * can write them in a draft), each good practice and recommendation noted, and the technical
 * assistance the State asked for: in the second cycle each need it stated in its own words (block
 * {@code <provision>/taNeed/<n>}, with its priority), in the first each form of assistance ticked
 * ({@code <provision>/taNeed/<code>}) with its description. Pure: the same inputs give the
 * same blocks in the same order.
 */
public final class BlockDrawer {

    /** The source code of blocks drawn from the State's answers. */
    public static final String FROM_ANSWERS = "answers";
    /** The source code of blocks drawn from the reviewers' notes. */
    public static final String FROM_NOTES = "notes";

    static final String MEASURES = "measures";
    static final String EXAMPLES = "examples";
    static final String TA_NEEDS = "taNeeds";
    static final String TA_DESCRIPTION = "taDescription";
    static final String NO_ASSISTANCE = "none";
    static final String LEGACY_TA_NEEDS = "ta-needs";

    private final Catalogue catalogue;

    public BlockDrawer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ReportRecords.Drawn> draw(ReviewFacts review, StateAnswers answers, List<ReviewerNote> notes) {
        Map<String, List<ReviewerNote>> notesByProvision = notes.stream()
                .collect(Collectors.groupingBy(ReviewerNote::provisionId, LinkedHashMap::new, Collectors.toList()));
        List<ReportRecords.Drawn> blocks = new ArrayList<>();
        catalogue.provisions().forEach(provision -> {
            List<ReviewerNote> own = notesByProvision.getOrDefault(provision.id(), List.of());
            blocks.add(measures(review, answers, provision));
            blocks.add(joined(BlockKey.of(provision.id(), BlockKind.OBSERVATIONS), review,
                    own.stream().filter(n -> n.kind() == ReviewerNote.Kind.OBSERVATION).toList()));
            numbered(blocks, provision, BlockKind.GOOD_PRACTICE, own, ReviewerNote.Kind.GOOD_PRACTICE);
            numbered(blocks, provision, BlockKind.RECOMMENDATION, own, ReviewerNote.Kind.RECOMMENDATION);
            taNeeds(blocks, review, answers, provision);
        });
        return blocks;
    }

    private ReportRecords.Drawn measures(ReviewFacts review, StateAnswers answers, Provision provision) {
        List<String> asked = provision.questions().stream().anyMatch(q -> q.id().equals(MEASURES))
                ? List.of(MEASURES, EXAMPLES)
                // A questionnaire without a measures question (UNTOC's short one): what the State wrote, in order.
                : provision.questions().stream().filter(q -> q.kind() == QuestionKind.TEXT
                        || q.kind() == QuestionKind.LONG_TEXT).map(Question::id).toList();
        String text = join(asked.stream().map(id -> answers.get(FieldId.of(provision.id(), id))).toList());
        return drawn(BlockKey.of(provision.id(), BlockKind.MEASURES), null, text, answers.language(), review.state(),
                FROM_ANSWERS);
    }

    private static ReportRecords.Drawn joined(BlockKey key, ReviewFacts review, List<ReviewerNote> notes) {
        String text = join(notes.stream().map(ReviewerNote::text).toList());
        return drawn(key, null, text, notes.isEmpty() ? review.reviewLanguage() : notes.get(0).language(),
                authors(notes), FROM_NOTES);
    }

    private static void numbered(List<ReportRecords.Drawn> blocks, Provision provision, BlockKind kind,
                                 List<ReviewerNote> notes, ReviewerNote.Kind noteKind) {
        int n = 0;
        for (ReviewerNote note : notes) {
            if (note.kind() == noteKind && !note.text().isBlank()) {
                BlockKey key = new BlockKey(provision.id(), kind, Integer.toString(++n));
                blocks.add(drawn(key, null, note.text().strip(), note.language(), authors(List.of(note)), FROM_NOTES));
            }
        }
    }

    private void taNeeds(List<ReportRecords.Drawn> blocks, ReviewFacts review, StateAnswers answers, Provision provision) {
        Question question = provision.questions().stream().filter(q -> q.id().equals(TA_NEEDS)).findFirst().orElse(null);
        if (question == null) {
            return;
        }
        FieldId field = FieldId.of(provision.id(), TA_NEEDS);
        if (question.kind() == QuestionKind.NEEDS) {
            // Second cycle: each need the State stated, in its words, is a block of its own, numbered as listed.
            for (Needs.Need need : Needs.of(field, answers.values())) {
                if (!need.description().isEmpty()) {
                    blocks.add(drawn(new BlockKey(provision.id(), BlockKind.TA_NEED, Integer.toString(need.number())), null,
                            need.description(), answers.language(), review.state(), FROM_ANSWERS, priority(question, need)));
                }
            }
            // A return made with the checklist before needs were asked in the State's words (catalogue
            // 2.0.0) ticked forms of assistance: they are drawn as the first cycle's are.
            catalogue.codeList(LEGACY_TA_NEEDS).ifPresent(list -> formsOfAssistance(blocks, review, answers, provision, list));
            return;
        }
        formsOfAssistance(blocks, review, answers, provision, catalogue.codeList(question.codeList()).orElseThrow());
    }

    /** First cycle: one block per form of assistance ticked, each with the one description the State gave. */
    private void formsOfAssistance(List<ReportRecords.Drawn> blocks, ReviewFacts review, StateAnswers answers,
                                   Provision provision, CodeList list) {
        String description = answers.get(FieldId.of(provision.id(), TA_DESCRIPTION)).strip();
        for (String code : list.codes()) {
            if (!NO_ASSISTANCE.equals(code) && "true".equals(answers.get(FieldId.of(provision.id(), TA_NEEDS).withOption(code)))) {
                blocks.add(drawn(new BlockKey(provision.id(), BlockKind.TA_NEED, code), code, description,
                        answers.language(), review.state(), FROM_ANSWERS, null));
            }
        }
    }

    /** The need's priority when it is a code of the question's list; what else a State wrote was reported to it, not kept. */
    private String priority(Question question, Needs.Need need) {
        return catalogue.codeList(question.codeList()).filter(list -> list.contains(need.priority()))
                .map(list -> need.priority()).orElse(null);
    }

    private static ReportRecords.Drawn drawn(BlockKey key, String category, String text, Language language,
                                             String author, String source) {
        return drawn(key, category, text, language, author, source, null);
    }

    private static ReportRecords.Drawn drawn(BlockKey key, String category, String text, Language language,
                                             String author, String source, String priority) {
        return new ReportRecords.Drawn(key.toString(), key.provisionId(), key.kind().code(), category, text, language,
                author, source, priority);
    }

    private static String authors(List<ReviewerNote> notes) {
        return notes.stream().map(n -> n.author().isEmpty() ? n.reviewer() : n.reviewer() + " (" + n.author() + ")")
                .distinct().collect(Collectors.joining(", "));
    }

    /** Non-blank texts, stripped, one paragraph each. */
    private static String join(List<String> texts) {
        return texts.stream().map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }
}
