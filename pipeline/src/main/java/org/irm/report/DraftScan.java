package org.irm.report;

import java.util.Arrays;
import java.util.Set;

/**
 * Counts a draft's own words ({@link WordCount#ofDraft}) straight from the rendered body's text,
 * without a parser: the templates write plain WordprocessingML (elements, attributes in quotes,
 * the five predefined entities and character references), which a scan reads at a fraction of a
 * parser's cost. It takes only what it can read exactly as the StAX parser does, and gives up
 * ({@link #scan} false) on anything else: a comment, CDATA section, processing instruction or
 * document type, an entity it does not know, a character XML does not allow, a tag that does not
 * close as it opened, a prefix not declared, two attributes of one local name, an attribute value
 * with a reference or a line break. The parser then counts, or refuses the XML as it always did.
 */
final class DraftScan {

    private static final String WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    private static final int MAX_ATTRIBUTES = 64;

    /** The body's characters: read by index at every step, which String.charAt makes a call of where the JIT is C1's. */
    private final char[] xml;
    private final int length;
    private final Set<String> untranslatedTags;
    private final WordCount.Counter counter;

    // Open elements: where each one's qualified name is in the text.
    private int[] nameStart = new int[64];
    private int[] nameLength = new int[64];
    private int depth;
    // Declared prefixes, innermost last: the prefix's place in the text, its namespace, the depth that declared it.
    private int[] prefixStart = new int[16];
    private int[] prefixLength = new int[16];
    private String[] prefixUri = new String[16];
    private int[] prefixDepth = new int[16];
    private int prefixes;
    // The current start tag's attributes: name, local name and value, as places in the text.
    private final int[] attributeStart = new int[MAX_ATTRIBUTES];
    private final int[] attributeColon = new int[MAX_ATTRIBUTES];
    private final int[] attributeEnd = new int[MAX_ATTRIBUTES];
    private final int[] valueStart = new int[MAX_ATTRIBUTES];
    private final int[] valueEnd = new int[MAX_ATTRIBUTES];

    // What WordCount's parser loop keeps.
    private boolean inText;
    private boolean markerParagraph;
    private int sdtDepth;
    private int skippedFromDepth;

    DraftScan(String xml, Set<String> untranslatedTags, WordCount.Counter counter) {
        this.xml = xml.toCharArray();
        this.length = this.xml.length;
        this.untranslatedTags = untranslatedTags;
        this.counter = counter;
    }

    /** Counts into the counter and answers true, or false when the XML is not for the scan (the counter is then spoilt). */
    boolean scan() {
        int at = 0;
        boolean rootDone = false;
        while (true) {
            if (depth == 0) {
                while (at < length && isSpace(xml[at])) {
                    at++;
                }
                if (at == length) {
                    return rootDone;
                }
                if (rootDone || xml[at] != '<') {
                    return false;
                }
            }
            if (at >= length) {
                return false; // an element left open
            }
            char c = xml[at];
            if (c == '<') {
                if (at + 1 >= length) {
                    return false;
                }
                char next = xml[at + 1];
                if (next == '/') {
                    at = endTag(at + 2);
                    if (at < 0) {
                        return false;
                    }
                    rootDone = depth == 0;
                } else if (next == '!' || next == '?') {
                    return false;
                } else {
                    at = startTag(at + 1);
                    if (at < 0) {
                        return false;
                    }
                    rootDone = depth == 0;
                }
            } else {
                at = text(at);
                if (at < 0) {
                    return false;
                }
            }
        }
    }

    /** Text up to the next tag: checked as the parser checks it, counted when WordCount's loop would count it. */
    private int text(int at) {
        boolean counted = inText && !markerParagraph && skippedFromDepth == 0;
        int plain = at;
        int i = at;
        while (i < length) {
            char c = xml[i];
            if (c == '<') {
                break;
            }
            if (c == '&') {
                if (counted) {
                    counter.accept(xml, plain, i - plain);
                }
                int semicolon = indexOf(';', i);
                if (semicolon < 0 || semicolon - i > 12) {
                    return -1;
                }
                int code = reference(i + 1, semicolon);
                if (code < 0) {
                    return -1;
                }
                if (counted) {
                    if (Character.isBmpCodePoint(code)) {
                        counter.accept((char) code);
                    } else {
                        counter.accept(Character.highSurrogate(code));
                        counter.accept(Character.lowSurrogate(code));
                    }
                }
                i = semicolon + 1;
                plain = i;
                continue;
            }
            if (c < 0x20) {
                if (c != '\n' && c != '\t' && c != '\r') {
                    return -1;
                }
            } else if (c >= 0xD800) {
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= length || !Character.isLowSurrogate(xml[i + 1])) {
                        return -1;
                    }
                    i++;
                } else if (c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
                    return -1;
                }
            } else if (c == '>' && i >= at + 2 && xml[i - 1] == ']' && xml[i - 2] == ']') {
                return -1; // "]]>" is not allowed in text
            }
            i++;
        }
        if (i >= length) {
            return -1;
        }
        if (counted) {
            counter.accept(xml, plain, i - plain);
        }
        return i;
    }

    /** The character of a reference between & and ;, or -1 when the scan does not take it. */
    private int reference(int from, int to) {
        int n = to - from;
        if (n >= 2 && xml[from] == '#') {
            int radix = 10;
            int digits = from + 1;
            if (xml[digits] == 'x') {
                radix = 16;
                digits++;
            }
            if (digits == to) {
                return -1;
            }
            int code = 0;
            for (int i = digits; i < to; i++) {
                int digit = Character.digit(xml[i], radix);
                if (digit < 0 || code > 0x10FFFF) {
                    return -1;
                }
                code = code * radix + digit;
            }
            boolean allowed = code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
                    || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
            return allowed ? code : -1;
        }
        if (startsWith("amp", from) && n == 3) {
            return '&';
        }
        if (startsWith("lt", from) && n == 2) {
            return '<';
        }
        if (startsWith("gt", from) && n == 2) {
            return '>';
        }
        if (startsWith("quot", from) && n == 4) {
            return '"';
        }
        if (startsWith("apos", from) && n == 4) {
            return '\'';
        }
        return -1;
    }

    /** A start tag from its name on; returns where the text goes on, or -1. */
    private int startTag(int at) {
        int nameEnd = name(at);
        if (nameEnd < 0) {
            return -1;
        }
        int colon = colon(at, nameEnd);
        int i = nameEnd;
        int attributes = 0;
        boolean empty;
        while (true) {
            int afterSpace = spaces(i);
            if (afterSpace >= length) {
                return -1;
            }
            char c = xml[afterSpace];
            if (c == '>') {
                empty = false;
                i = afterSpace + 1;
                break;
            }
            if (c == '/') {
                if (afterSpace + 1 >= length || xml[afterSpace + 1] != '>') {
                    return -1;
                }
                empty = true;
                i = afterSpace + 2;
                break;
            }
            if (afterSpace == i || attributes == MAX_ATTRIBUTES) {
                return -1; // attributes are separated by white space
            }
            int attributeNameEnd = name(afterSpace);
            if (attributeNameEnd < 0) {
                return -1;
            }
            int equals = spaces(attributeNameEnd);
            if (equals >= length || xml[equals] != '=') {
                return -1;
            }
            int quote = spaces(equals + 1);
            if (quote >= length || (xml[quote] != '"' && xml[quote] != '\'')) {
                return -1;
            }
            int close = indexOf(xml[quote], quote + 1);
            if (close < 0) {
                return -1;
            }
            for (int k = quote + 1; k < close; k++) {
                char v = xml[k];
                // No references, line breaks or tabs (the parser would replace them), no '<', nothing XML does not allow.
                if (v == '<' || v == '&' || v < 0x20 || (v >= 0xD800 && v <= 0xDFFF) || v == 0xFFFE || v == 0xFFFF) {
                    return -1;
                }
            }
            attributeStart[attributes] = afterSpace;
            attributeColon[attributes] = colon(afterSpace, attributeNameEnd);
            attributeEnd[attributes] = attributeNameEnd;
            valueStart[attributes] = quote + 1;
            valueEnd[attributes] = close;
            attributes++;
            i = close + 1;
        }
        push(at, nameEnd - at);
        if (!declare(attributes) || !bound(at, colon) || !attributesBound(attributes)) {
            return -1;
        }
        started(colon < 0 ? at : colon + 1, nameEnd, attributes);
        if (empty) {
            pop();
            ended(colon < 0 ? at : colon + 1, nameEnd);
        }
        return i;
    }

    /** An end tag from its name on; returns where the text goes on, or -1. */
    private int endTag(int at) {
        if (depth == 0) {
            return -1;
        }
        int nameEnd = name(at);
        if (nameEnd < 0) {
            return -1;
        }
        int open = depth - 1;
        if (nameEnd - at != nameLength[open] || !regionMatches(at, nameStart[open], nameLength[open])) {
            return -1;
        }
        int close = spaces(nameEnd);
        if (close >= length || xml[close] != '>') {
            return -1;
        }
        int colon = colon(at, nameEnd);
        pop();
        ended(colon < 0 ? at : colon + 1, nameEnd);
        return close + 1;
    }

    /** What WordCount's parser loop does at a start element. */
    private void started(int local, int end, int attributes) {
        inText = isLocal(local, end, "t");
        if (isLocal(local, end, "sdt")) {
            sdtDepth++;
        } else if (isLocal(local, end, "tag") && skippedFromDepth == 0
                && untranslatedTags.contains(wordValue(attributes))) {
            skippedFromDepth = sdtDepth;
        } else if (isLocal(local, end, "pStyle") && WordCount.LANGUAGE_NOTE_STYLE.equals(wordValue(attributes))) {
            markerParagraph = true;
        }
    }

    /** What WordCount's parser loop does at an end element. */
    private void ended(int local, int end) {
        inText = false;
        if (isLocal(local, end, "p")) {
            markerParagraph = false;
            counter.paragraphEnd();
        } else if (isLocal(local, end, "sdt")) {
            if (sdtDepth == skippedFromDepth) {
                skippedFromDepth = 0;
            }
            sdtDepth--;
        }
    }

    /** The value of the attribute {@code val} in the WordprocessingML namespace, or null. */
    private String wordValue(int attributes) {
        for (int a = 0; a < attributes; a++) {
            int colon = attributeColon[a];
            if (colon >= 0 && isLocal(colon + 1, attributeEnd[a], "val")
                    && WORD_NAMESPACE.equals(uriOf(attributeStart[a], colon - attributeStart[a]))) {
                return new String(xml, valueStart[a], valueEnd[a] - valueStart[a]);
            }
        }
        return null;
    }

    private boolean isLocal(int local, int end, String name) {
        return end - local == name.length() && startsWith(name, local);
    }

    /** Takes the tag's namespace declarations; false on one the scan leaves to the parser, or on two attributes of one local name. */
    private boolean declare(int attributes) {
        for (int a = 0; a < attributes; a++) {
            int start = attributeStart[a];
            int colon = attributeColon[a];
            int localStart = colon < 0 ? start : colon + 1;
            for (int b = 0; b < a; b++) {
                int otherLocal = attributeColon[b] < 0 ? attributeStart[b] : attributeColon[b] + 1;
                if (attributeEnd[b] - otherLocal == attributeEnd[a] - localStart
                        && regionMatches(otherLocal, localStart, attributeEnd[a] - localStart)) {
                    return false;
                }
            }
            if (colon < 0 && isLocal(start, attributeEnd[a], "xmlns")) {
                continue; // the default namespace: element namespaces do not matter to the count
            }
            if (colon >= 0 && isLocal(start, colon, "xmlns")) {
                String uri = new String(xml, valueStart[a], valueEnd[a] - valueStart[a]);
                if (uri.isEmpty() || isLocal(colon + 1, attributeEnd[a], "xml") || isLocal(colon + 1, attributeEnd[a], "xmlns")
                        || uri.equals(XML_NAMESPACE) || uri.equals(XMLNS_NAMESPACE)) {
                    return false;
                }
                if (prefixes == prefixStart.length) {
                    prefixStart = Arrays.copyOf(prefixStart, prefixes * 2);
                    prefixLength = Arrays.copyOf(prefixLength, prefixes * 2);
                    prefixUri = Arrays.copyOf(prefixUri, prefixes * 2);
                    prefixDepth = Arrays.copyOf(prefixDepth, prefixes * 2);
                }
                prefixStart[prefixes] = colon + 1;
                prefixLength[prefixes] = attributeEnd[a] - colon - 1;
                prefixUri[prefixes] = uri;
                prefixDepth[prefixes] = depth;
                prefixes++;
            }
        }
        return true;
    }

    private boolean attributesBound(int attributes) {
        for (int a = 0; a < attributes; a++) {
            int colon = attributeColon[a];
            if (colon >= 0 && !isLocal(attributeStart[a], colon, "xmlns") && !bound(attributeStart[a], colon)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the prefix of a name (none when colon is -1) is declared; {@code xml} always is. */
    private boolean bound(int start, int colon) {
        return colon < 0 || isLocal(start, colon, "xml") || uriOf(start, colon - start) != null;
    }

    private String uriOf(int start, int length) {
        for (int p = prefixes - 1; p >= 0; p--) {
            if (prefixLength[p] == length && regionMatches(start, prefixStart[p], length)) {
                return prefixUri[p];
            }
        }
        return null;
    }

    private void push(int start, int length) {
        if (depth == nameStart.length) {
            nameStart = Arrays.copyOf(nameStart, depth * 2);
            nameLength = Arrays.copyOf(nameLength, depth * 2);
        }
        nameStart[depth] = start;
        nameLength[depth] = length;
        depth++;
    }

    /** Closes the innermost element and forgets the prefixes it declared. */
    private void pop() {
        depth--;
        while (prefixes > 0 && prefixDepth[prefixes - 1] > depth) {
            prefixes--;
        }
    }

    /** The end of a name of ASCII letters, digits, '_', '-', '.' and at most one inner ':' at {@code at}, or -1. */
    private int name(int at) {
        if (at >= length) {
            return -1;
        }
        char first = xml[at];
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            return -1;
        }
        int i = at + 1;
        int colons = 0;
        while (i < length) {
            char c = xml[i];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
                i++;
            } else if (c == ':') {
                if (++colons > 1 || i + 1 >= length || !Character.isLetter(xml[i + 1]) && xml[i + 1] != '_') {
                    return -1;
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private int colon(int start, int end) {
        for (int i = start; i < end; i++) {
            if (xml[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < length; i++) {
            if (xml[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String name, int at) {
        if (at + name.length() > length) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (xml[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean regionMatches(int one, int other, int n) {
        return Arrays.equals(xml, one, one + n, xml, other, other + n);
    }

    private int spaces(int at) {
        while (at < length && isSpace(xml[at])) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
