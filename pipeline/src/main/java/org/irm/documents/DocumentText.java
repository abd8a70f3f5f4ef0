package org.irm.documents;

import java.util.List;

/**
 * What was read of a supporting document.
 *
 * @param title     the title its properties give, or null
 * @param pages     its page count when it has pages (PDF, Word's statistics), or null
 * @param passages  its text cut into passages; empty when it has none (a scan, an image) or was not read
 * @param encrypted it turned out to be protected by a password when read (a PDF): its text is not read
 * @param unreadable it could not be parsed (damaged): registered all the same, without text
 */
record DocumentText(String title, Integer pages, List<TextPassage> passages, boolean encrypted, boolean unreadable) {

    /** One passage: the page it is on (null for a document without pages) and its text as read. */
    record TextPassage(Integer page, String text) {
    }

    DocumentText {
        passages = List.copyOf(passages);
    }

    static DocumentText none() {
        return new DocumentText(null, null, List.of(), false, false);
    }

    /** True when text could be read from it (a PDF with a text layer, a Word file...). */
    boolean hasText() {
        return !passages.isEmpty();
    }
}
