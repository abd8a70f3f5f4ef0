package org.irm.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irm.docx.SafeXml;

/**
 * Counts words as Word does for a limit such as the executive summary's: runs of letters and
 * digits separated by spaces or punctuation count one each, and every Chinese, Japanese or Korean
 * character counts as one word on its own.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        Counter counter = new Counter();
        counter.accept(text.toCharArray(), 0, text.length());
        return counter.words;
    }

    /** The words of a WordprocessingML part's text ({@code w:t}), paragraphs apart; also proves the part well-formed. */
    public static int ofWordprocessingML(String xml) {
        Counter counter = new Counter();
        try {
            XMLStreamReader reader = SafeXml.reader(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    inText = "t".equals(reader.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                    if ("p".equals(reader.getLocalName())) {
                        counter.paragraphEnd();
                    }
                } else if (inText && event == XMLStreamConstants.CHARACTERS) {
                    counter.accept(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not WordprocessingML: " + e.getMessage(), e);
        }
        return counter.words;
    }

    /**
     * Counts as text streams by, piece after piece, as if the pieces were one string: a word
     * goes on across pieces (runs of one paragraph), and a character split between two pieces
     * (a surrogate pair) is taken whole.
     */
    private static final class Counter {
        private static final char[] PARAGRAPH_END = {'\n'};
        int words;
        private boolean inWord;
        private char pendingHigh;

        void accept(char[] text, int start, int length) {
            for (int i = start, end = start + length; i < end; i++) {
                char c = text[i];
                if (pendingHigh != 0) {
                    char high = pendingHigh;
                    pendingHigh = 0;
                    if (Character.isLowSurrogate(c)) {
                        codePoint(Character.toCodePoint(high, c));
                        continue;
                    }
                    codePoint(high);
                }
                if (Character.isHighSurrogate(c)) {
                    pendingHigh = c;
                } else {
                    codePoint(c);
                }
            }
        }

        void paragraphEnd() {
            accept(PARAGRAPH_END, 0, 1);
        }

        private void codePoint(int c) {
            if (isEastAsian(c)) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inWord = false;
            }
            // Other punctuation (hyphens, apostrophes, full stops) neither starts nor ends a word.
        }
    }

    private static boolean isEastAsian(int c) {
        if (c < 0x1100) {
            return false; // below Hangul Jamo there is no Han, kana or Hangul: the common case, without a script look-up
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
