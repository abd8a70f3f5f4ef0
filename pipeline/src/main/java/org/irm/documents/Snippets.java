package org.irm.documents;

import java.util.List;

/** The few lines of a passage a search shows: the text as read, around the first word found, on one line. */
final class Snippets {

    static final int CONTEXT = 80;

    private Snippets() {
    }

    /** Up to CONTEXT characters either side of the first of the words (normalised) found in the text. */
    static String around(String text, List<String> words) {
        Words.Normalised normalised = Words.normalise(text);
        int at = -1;
        int length = 0;
        for (String word : words) {
            int found = normalised.text().indexOf(word);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
                length = word.length();
            }
        }
        String oneLine;
        if (at < 0) {
            oneLine = text.substring(0, Math.min(text.length(), 2 * CONTEXT));
        } else {
            int start = normalised.origin()[at];
            int end = normalised.origin()[Math.min(normalised.origin().length - 1, at + length - 1)] + 1;
            int from = Math.max(0, start - CONTEXT);
            int to = Math.min(text.length(), end + CONTEXT);
            oneLine = (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
        }
        return oneLine.replaceAll("\\s+", " ").strip();
    }
}
