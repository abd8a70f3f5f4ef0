package org.irm.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.Language;
import org.irm.docx.Paragraphs;
import org.irm.docx.WordXml;
import org.irm.register.DialogueAnswer;
import org.irm.register.DialogueQuestion;

/**
 * The written dialogue's thread of each provision as the merged review shows it, under the provision's
 * notes: each question with who asked it and when, then the State's current answer (and the earlier
 * answers it superseded), or "not answered yet". The review stage's writer calls
 * {@link #writeUnder} for every provision it writes; a provision without a question gets nothing.
 */
public final class DialogueSection {

    private static final DialogueSection NONE = new DialogueSection(Map.of(), null, null, null);

    private final Map<String, List<DialogueQuestion>> threads;
    private final DialogueLabels labels;
    private final Askers askers;
    private final String state;

    private DialogueSection(Map<String, List<DialogueQuestion>> threads, DialogueLabels labels, Askers askers, String state) {
        this.threads = threads;
        this.labels = labels;
        this.askers = askers;
        this.state = state;
    }

    /** No dialogue: what the merge writes when the register has none (or is not at hand). */
    public static DialogueSection none() {
        return NONE;
    }

    static DialogueSection of(String state, List<DialogueQuestion> questions, DialogueLabels labels, Askers askers) {
        return questions.isEmpty() ? NONE : new DialogueSection(DialogueDesk.threads(questions), labels, askers, state);
    }

    /** How many questions the section holds. */
    public int questions() {
        return threads.values().stream().mapToInt(List::size).sum();
    }

    /** Writes the provision's thread, if it has one, as paragraphs in the document's language. */
    public void writeUnder(String provisionId, WordXml xml, Paragraphs text, Language language) {
        List<DialogueQuestion> thread = threads.get(provisionId);
        if (thread == null) {
            return;
        }
        text.start("IrmQuestion");
        text.bold(labels.text(language, "thread.heading"));
        xml.end();
        for (DialogueQuestion question : thread) {
            text.start("IrmCover");
            text.bold(labels.text(language, "thread.question", Long.toString(question.id()),
                    askers.name(question.askedBy(), language), date(question.askedAt(), language)));
            xml.end();
            lines(text, question.text());
            List<DialogueAnswer> answers = question.answers();
            if (answers.isEmpty()) {
                text.paragraph("IrmHelp", labels.text(language, "thread.open"));
                continue;
            }
            DialogueAnswer current = answers.get(answers.size() - 1);
            text.start("IrmCover");
            text.bold(labels.text(language, "thread.answer", askers.name(state, language), date(current.receivedAt(), language)));
            xml.end();
            lines(text, current.text());
            for (DialogueAnswer earlier : answers.subList(0, answers.size() - 1)) {
                text.start("IrmCover");
                text.run(labels.text(language, "thread.earlier", date(earlier.receivedAt(), language)));
                xml.end();
                lines(text, earlier.text());
            }
        }
    }

    private static void lines(Paragraphs text, String value) {
        for (String line : value.split("\n")) {
            text.paragraph("IrmAnswer", line);
        }
    }

    private static String date(Instant at, Language language) {
        return DocumentDates.format(LocalDate.ofInstant(at, ZoneOffset.UTC), language);
    }
}
