package org.irm.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irm.docx.SafeXml;

/**
 * Counts words as Word does for a limit such as the executive summary's: runs of letters and
 * digits separated by spaces or punctuation count one each, and every Chinese, Japanese or Korean
 * character counts as one word on its own ({@link #of}, {@link #ofWordprocessingML}).
 *
 * <p>A draft's own words ({@link #ofDraft}) leave out what is not the draft's text in its
 * language: the language markers (paragraphs of style {@value #LANGUAGE_NOTE_STYLE}) and the blocks
 * still shown untranslated in another language; and count Chinese, Japanese or Korean characters
 * as words at a rate of so many characters a word, so that a limit set in words holds for a
 * translation as for its original (see the README, "Word limit").
 */
public final class WordCount {

    /** The paragraph style of a block's language marker ("Written in English, not translated."), in {@code wml.ftl}. */
    public static final String LANGUAGE_NOTE_STYLE = "IrmLanguageNote";

    private WordCount() {
    }

    /**
     * The draft's own words in a WordprocessingML body: language markers and the content controls
     * tagged with one of {@code untranslatedTags} are left out; East Asian characters count one word
     * per {@code eastAsianCharactersPerWord} (rounded up over the whole text).
     */
    public static int ofDraft(String xml, Set<String> untranslatedTags, double eastAsianCharactersPerWord) {
        if (!(eastAsianCharactersPerWord > 0)) {
            throw new IllegalArgumentException("Characters per word must be more than 0: " + eastAsianCharactersPerWord);
        }
        // A draft's body is the templates' plain output: scanned as text, a fifth of a draft's cost
        // less than a parser's events. Anything the scan does not take plainly, the parser counts.
        Counter counter = new Counter();
        if (!new DraftScan(xml, untranslatedTags, counter).scan()) {
            counter = parsed(xml, untranslatedTags);
        }
        return counter.draftWords(eastAsianCharactersPerWord);
    }

    /** {@link #ofDraft} through the StAX parser, whatever the XML holds; what the scan must agree with (tests). */
    static int ofDraftParsed(String xml, Set<String> untranslatedTags, double eastAsianCharactersPerWord) {
        return parsed(xml, untranslatedTags).draftWords(eastAsianCharactersPerWord);
    }

    private static Counter parsed(String xml, Set<String> untranslatedTags) {
        Counter counter = new Counter();
        try {
            XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            boolean inText = false;
            boolean markerParagraph = false;
            int sdtDepth = 0;
            int skippedFromDepth = 0; // the depth of the untranslated control being skipped, 0: none
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    inText = "t".equals(name);
                    if ("sdt".equals(name)) {
                        sdtDepth++;
                    } else if ("tag".equals(name) && skippedFromDepth == 0
                            && untranslatedTags.contains(reader.getAttributeValue(WORD_NAMESPACE, "val"))) {
                        skippedFromDepth = sdtDepth;
                    } else if ("pStyle".equals(name)
                            && LANGUAGE_NOTE_STYLE.equals(reader.getAttributeValue(WORD_NAMESPACE, "val"))) {
                        markerParagraph = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                    String name = reader.getLocalName();
                    if ("p".equals(name)) {
                        markerParagraph = false;
                        counter.paragraphEnd();
                    } else if ("sdt".equals(name)) {
                        if (sdtDepth == skippedFromDepth) {
                            skippedFromDepth = 0;
                        }
                        sdtDepth--;
                    }
                } else if (inText && !markerParagraph && skippedFromDepth == 0 && event == XMLStreamConstants.CHARACTERS) {
                    counter.accept(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not WordprocessingML: " + e.getMessage(), e);
        }
        return counter;
    }

    private static final String WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
    static final class Counter {
        private static final char[] PARAGRAPH_END = {'\n'};
        int words;
        /** Words of letters and digits; East Asian characters, each of which is also one of {@link #words}. */
        int otherWords;
        int eastAsian;
        private boolean inWord;
        private char pendingHigh;

        void accept(char[] text, int start, int length) {
            for (int i = start, end = start + length; i < end; i++) {
                accept(text[i]);
            }
        }

        void accept(char c) {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    codePoint(Character.toCodePoint(high, c));
                    return;
                }
                codePoint(high);
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else {
                codePoint(c);
            }
        }

        /** The words of a draft: East Asian characters at the rate given, rounded up over the whole text. */
        int draftWords(double eastAsianCharactersPerWord) {
            return otherWords + (int) Math.ceil(eastAsian / eastAsianCharactersPerWord - 1e-9);
        }

        void paragraphEnd() {
            accept(PARAGRAPH_END, 0, 1);
        }

        private void codePoint(int c) {
            if (isEastAsian(c)) {
                words++;
                eastAsian++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (!inWord) {
                    words++;
                    otherWords++;
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
