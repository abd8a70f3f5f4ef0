package org.irm.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A control's text joined run by run reads as the whole text with its end newlines trimmed. */
class ParagraphTextTest {

    /** What a step may add: a run of text (some with line breaks of their own), or a paragraph end (null). */
    private static final String[] STEPS = {"a", "", "\n", "b\n", "\nc", "\u2612", null};

    @Test
    void oneRunIsTheTextItself() {
        ParagraphText text = new ParagraphText();
        String run = "Ministry of Justice";
        text.append(run);
        text.paragraphEnd();

        assertThat(text.toString()).isSameAs(run);
    }

    @Test
    void paragraphsAreSeparatedByOneNewlineAndNoneAtTheEnds() {
        ParagraphText text = new ParagraphText();
        text.paragraphEnd();
        text.append("Ministry");
        text.paragraphEnd();
        text.paragraphEnd();
        text.append("Authority");
        text.paragraphEnd();

        assertThat(text.toString()).isEqualTo("Ministry\n\nAuthority");
    }

    @Test
    void everySequenceOfUpToFiveStepsReadsAsTheTrimmedConcatenation() {
        for (List<String> steps : sequences(5)) {
            ParagraphText text = new ParagraphText();
            StringBuilder whole = new StringBuilder();
            for (String step : steps) {
                if (step == null) {
                    text.paragraphEnd();
                    whole.append('\n');
                } else {
                    text.append(step);
                    whole.append(step);
                }
            }
            assertThat(text.toString()).as("steps %s", steps).isEqualTo(trimNewlines(whole.toString()));
        }
    }

    private static List<List<String>> sequences(int length) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of());
        List<List<String>> shorter = List.of(List.of());
        for (int n = 1; n <= length; n++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : shorter) {
                for (String step : STEPS) {
                    List<String> next = new ArrayList<>(prefix);
                    next.add(step);
                    longer.add(next);
                }
            }
            all.addAll(longer);
            shorter = longer;
        }
        return all;
    }

    private static String trimNewlines(String text) {
        return text.replaceAll("\\A\n+", "").replaceAll("\n+\\z", "");
    }
}
