package org.irm.translation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.irm.catalogue.Language;
import org.irm.docx.SafeXml;

/**
 * Reads a translated XLIFF 2 file ({@code irm translate export}'s, back from a translator's tool)
 * safely: no document type or entity (refused), at most {@link #MAX_DEPTH} elements deep,
 * {@link #MAX_UNITS} units and {@link #MAX_TEXT} characters of text in all; the caller bounds the
 * bytes. Takes each unit's segments' source and target text (the text inside inline markup a tool
 * may add, such as {@code <mrk>}, included); a segment without a target reads as empty.
 */
public final class XliffReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_UNITS = 100_000;
    static final long MAX_TEXT = 20_000_000;

    /** One unit as read: its id, the source digest export wrote (null when gone), and per segment its source and target. */
    public record Unit(String id, String sourceSha256, List<String> sources, List<String> targets) {
        public Unit {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }

        /** Whether every segment has a translation. */
        public boolean translated() {
            return !targets.isEmpty() && targets.stream().noneMatch(String::isBlank);
        }
    }

    /** A file as read: its review and State (from this pipeline's attributes), its languages and units. */
    public record Read(String reviewId, String state, Language from, Language to, List<Unit> units) {
        public Read {
            units = List.copyOf(units);
        }
    }

    /**
     * @param name the file's name, for the messages
     * @throws TranslationRefused when the file is not XLIFF 2 as exported, unsafe or over a limit
     */
    public Read read(InputStream in, String name) throws TranslationRefused, IOException {
        try {
            return parse(SafeXml.reader(in), name);
        } catch (SafeXml.DoctypeFound e) {
            throw new TranslationRefused(name + " declares a document type or an entity: refused (XLIFF needs neither); "
                    + "save it again from the translation tool.");
        } catch (XMLStreamException e) {
            throw new TranslationRefused(name + " is not well-formed XML (" + oneLine(e.getMessage()) + "): "
                    + "save it again as XLIFF 2 from the translation tool.", e);
        }
    }

    private static Read parse(XMLStreamReader xml, String name) throws XMLStreamException, TranslationRefused {
        String reviewId = null;
        String state = null;
        Language from = null;
        Language to = null;
        List<Unit> units = new ArrayList<>();
        int depth = 0;
        long text = 0;
        // The unit, segment and part (source or target) being read; null outside.
        String unitId = null;
        String unitSha = null;
        List<String> sources = null;
        List<String> targets = null;
        StringBuilder source = null;
        StringBuilder target = null;
        StringBuilder reading = null;
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw new TranslationRefused(name + " nests elements more than " + MAX_DEPTH + " deep: refused.");
                }
                String local = xml.getLocalName();
                boolean core = Xliff.CORE.equals(xml.getNamespaceURI());
                if (root) {
                    root = false;
                    String version = xml.getAttributeValue(null, "version");
                    if (!core || !Xliff.ROOT.equals(local) || version == null || !version.startsWith("2.")) {
                        throw new TranslationRefused(name + " is not an XLIFF 2 file (irm translate export writes XLIFF 2.0): "
                                + "export it from the translation tool as XLIFF 2.");
                    }
                    from = language(xml.getAttributeValue(null, "srcLang"), "source", name);
                    to = language(xml.getAttributeValue(null, "trgLang"), "target", name);
                } else if (core && Xliff.FILE.equals(local)) {
                    String review = xml.getAttributeValue(Xliff.IRM, Xliff.REVIEW);
                    String fileState = xml.getAttributeValue(Xliff.IRM, Xliff.STATE);
                    if (review == null || fileState == null) {
                        throw new TranslationRefused(name + " does not say which review it belongs to (its <file> lost the "
                                + "irm:review and irm:state of irm translate export): translate the exported file itself.");
                    }
                    if ((reviewId != null && !reviewId.equals(review)) || (state != null && !state.equals(fileState))) {
                        throw new TranslationRefused(name + " mixes several reviews: import one review's file at a time.");
                    }
                    reviewId = review;
                    state = fileState.toUpperCase(Locale.ROOT);
                } else if (core && Xliff.UNIT.equals(local)) {
                    if (units.size() >= MAX_UNITS) {
                        throw new TranslationRefused(name + " has more than " + MAX_UNITS + " units: refused.");
                    }
                    unitId = xml.getAttributeValue(null, "id");
                    unitSha = xml.getAttributeValue(Xliff.IRM, Xliff.SOURCE_SHA256);
                    sources = new ArrayList<>();
                    targets = new ArrayList<>();
                } else if (core && Xliff.SEGMENT.equals(local) && unitId != null) {
                    source = new StringBuilder();
                    target = null;
                } else if (core && Xliff.SOURCE.equals(local) && source != null) {
                    reading = source;
                } else if (core && Xliff.TARGET.equals(local) && source != null) {
                    target = new StringBuilder();
                    reading = target;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String local = xml.getLocalName();
                boolean core = Xliff.CORE.equals(xml.getNamespaceURI());
                if (core && (Xliff.SOURCE.equals(local) || Xliff.TARGET.equals(local))) {
                    reading = null;
                } else if (core && Xliff.SEGMENT.equals(local) && source != null) {
                    sources.add(source.toString());
                    targets.add(target == null ? "" : target.toString());
                    source = null;
                    target = null;
                } else if (core && Xliff.UNIT.equals(local) && unitId != null) {
                    units.add(new Unit(unitId, unitSha, sources, targets));
                    unitId = null;
                }
            } else if (reading != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text += xml.getTextLength();
                if (text > MAX_TEXT) {
                    throw new TranslationRefused(name + " holds more than " + MAX_TEXT + " characters of text: refused.");
                }
                reading.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        if (reviewId == null) {
            throw new TranslationRefused(name + " has no <file> of irm translate export: translate the exported file itself.");
        }
        return new Read(reviewId, state, from, to, units);
    }

    private static Language language(String code, String which, String name) throws TranslationRefused {
        if (code == null || code.isBlank()) {
            throw new TranslationRefused(name + " has no " + which + " language (" + (which.equals("source") ? "srcLang" : "trgLang")
                    + "): set it in the translation tool and export again.");
        }
        String primary = code.strip().split("[-_]", 2)[0];
        try {
            return Language.of(primary);
        } catch (IllegalArgumentException e) {
            throw new TranslationRefused(name + " has the " + which + " language '" + oneLine(code)
                    + "', not one of ar, en, es, fr, ru, zh.");
        }
    }

    /** A message on one line, without what a file could slip in to forge log lines. */
    static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
