package org.irm.docx;

/**
 * The text of a content control, bookmark or comment as it is read, run by run and paragraph end
 * by paragraph end: paragraphs are separated by one newline, with none left at the ends.
 *
 * <p>Built for the common case of an answer in one run: that run's string is the text, never
 * copied. A paragraph end is held back until more text follows it, since at either end it would
 * only be trimmed away; a newline the text itself holds (a line break) is trimmed at the ends too.
 */
final class ParagraphText {

    /** The text while it is one run (or nothing yet). */
    private String single = "";
    /** The text once a second run, or a held paragraph end before it, came. */
    private StringBuilder joined;
    /** Paragraph ends since the last text, written only if text follows them. */
    private int heldParagraphEnds;

    void append(String text) {
        if (joined == null && single.isEmpty()) {
            // Paragraph ends before any text would be trimmed from the start anyway.
            single = text;
        } else {
            if (joined == null) {
                joined = new StringBuilder(single.length() + text.length() + 16).append(single);
            }
            for (; heldParagraphEnds > 0; heldParagraphEnds--) {
                joined.append('\n');
            }
            joined.append(text);
        }
        heldParagraphEnds = 0;
    }

    void paragraphEnd() {
        heldParagraphEnds++;
    }

    /** The text with the newlines at its ends trimmed. */
    @Override
    public String toString() {
        return trimNewlines(joined == null ? single : joined);
    }

    private static String trimNewlines(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int start = 0;
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        return text.subSequence(start, end).toString();
    }
}
