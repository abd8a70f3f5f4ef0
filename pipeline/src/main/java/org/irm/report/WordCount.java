package org.irm.report;

/**
 * Counts words as Word does for a limit such as the executive summary's: runs of letters and
 * digits separated by spaces or punctuation count one each, and every Chinese, Japanese or Korean
 * character counts as one word on its own.
 */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
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
        return words;
    }

    /** The words of a WordprocessingML part's text ({@code w:t}), paragraphs apart. */
    public static int ofWordprocessingML(String xml) {
        StringBuilder text = new StringBuilder(xml.length() / 4);
        try {
            javax.xml.stream.XMLStreamReader reader = org.irm.docx.SafeXml.reader(
                    new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    inText = "t".equals(reader.getLocalName());
                } else if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    inText = false;
                    if ("p".equals(reader.getLocalName())) {
                        text.append('\n');
                    }
                } else if (inText && event == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalArgumentException("Not WordprocessingML: " + e.getMessage(), e);
        }
        return of(text.toString());
    }

    private static boolean isEastAsian(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
