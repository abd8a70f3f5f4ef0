package org.irm.submission;

import java.util.Locale;

/**
 * The one way a text a sender chose (a file or attachment name, a subject, an address, a
 * Message-ID, or a message that quotes one) goes into a log line: control characters (a newline
 * would start a forged log line), Unicode line and paragraph separators and bidirectional
 * overrides (which reorder what a reader sees) are written as visible escapes ({@code \n},
 * {@code \u202e}), and the text is cut at 500 characters. Every log statement that includes such
 * a text passes it through {@link #of}.
 */
public final class LogText {

    private static final int MAX = 500;

    private LogText() {
    }

    /** The text, safe to put into one log line; "null" for null. */
    public static String of(Object senderControlled) {
        if (senderControlled == null) {
            return "null";
        }
        String text = senderControlled.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (int i = 0; i < text.length() && safe.length() < MAX; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (hidden(c)) {
                        safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
        }
        if (safe.length() >= MAX && text.length() > MAX) {
            safe.setLength(MAX);
            safe.append("...");
        }
        return safe.toString();
    }

    private static boolean hidden(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
