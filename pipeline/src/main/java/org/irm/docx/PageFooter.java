package org.irm.docx;

/**
 * The footer our documents number their pages in: the wording of the language around a PAGE and
 * a NUMPAGES field ("Page 3 of 12", "第3页，共12页"), right to left where the language is. Word and
 * LibreOffice fill the fields in as they lay the pages out.
 */
public final class PageFooter {

    /** Stands for the page number in the wording handed to {@link #xml}: fill the label's {0} with it. */
    public static final String PAGE = "\u0000";
    /** Stands for the number of pages in the wording handed to {@link #xml}: fill the label's {1} with it. */
    public static final String PAGES = "\u0001";

    private PageFooter() {
    }

    /**
     * The {@code w:ftr} part.
     *
     * @param worded the label with {@link #PAGE} and {@link #PAGES} filled in ("Page \u0000 of \u0001");
     *               without {@link #PAGES}, only the page number is shown
     */
    public static String xml(String worded, boolean rightToLeft) {
        WordXml xml = new WordXml();
        xml.start("ftr");
        xml.namespaces();
        xml.start("p").start("pPr").empty("pStyle", "val", "Footer");
        if (rightToLeft) {
            xml.empty("bidi");
        }
        xml.end();
        StringBuilder text = new StringBuilder();
        for (char c : worded.toCharArray()) {
            String field = c == PAGE.charAt(0) ? "PAGE" : c == PAGES.charAt(0) ? "NUMPAGES" : null;
            if (field == null) {
                text.append(c);
                continue;
            }
            text(xml, text.toString(), rightToLeft);
            text.setLength(0);
            field(xml, field);
        }
        text(xml, text.toString(), rightToLeft);
        xml.end().end();
        return xml.finish();
    }

    private static void text(WordXml xml, String text, boolean rightToLeft) {
        if (text.isEmpty()) {
            return;
        }
        xml.start("r");
        if (rightToLeft) {
            xml.start("rPr").empty("rtl").end();
        }
        xml.text(text).end();
    }

    private static void field(WordXml xml, String instruction) {
        xml.start("r").empty("fldChar", "fldCharType", "begin").end();
        xml.start("r").start("instrText").characters(" " + instruction + " ").end().end();
        xml.start("r").empty("fldChar", "fldCharType", "separate").end();
        xml.start("r").text("1").end();
        xml.start("r").empty("fldChar", "fldCharType", "end").end();
    }
}
