package org.irm.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads a supporting document's text with Tika (PDF text layer through PDFBox, Word, OpenDocument,
 * spreadsheets), page by page where the format has pages, and cuts it into passages of at most
 * {@value #PASSAGE_CHARS} characters. Nothing is read from a file that holds macros or is encrypted, nor from an
 * image (no OCR: a scan has no text layer and is registered as such). Embedded files are not opened. Tika's
 * parsers read XML without external entities and stop on zip bombs (its secure content handler); the text
 * kept is bounded ({@code maxChars}).
 */
final class TextReader {

    static final int PASSAGE_CHARS = 1500;
    private static final Logger LOG = LoggerFactory.getLogger(TextReader.class);

    private final int maxChars;
    private volatile Parser parser;

    TextReader(int maxChars) {
        this.maxChars = maxChars;
    }

    DocumentText read(Path file, SupportingFormat format) {
        if (!format.readable()) {
            return DocumentText.none();
        }
        Metadata metadata = new Metadata();
        PageText text = new PageText(maxChars);
        try (InputStream in = TikaInputStream.get(file)) {
            parser().parse(in, text, metadata, new ParseContext());
        } catch (EncryptedDocumentException encrypted) {
            return new DocumentText(null, null, List.of(), true, false);
        } catch (IOException | SAXException | TikaException | RuntimeException unreadable) {
            LOG.warn("Could not read the text of {} ({}): {}", file.getFileName(), format.shortName(),
                    unreadable.toString().replaceAll("\\p{Cntrl}", " "));
            return new DocumentText(null, null, List.of(), false, true);
        }
        String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (Boolean.parseBoolean(metadata.get(PDF.IS_ENCRYPTED))) {
            // Opened without a password (an owner password only), but protected all the same: not read.
            return new DocumentText(title, pages, List.of(), true, false);
        }
        if (pages == null && text.paged()) {
            pages = text.pages().size();
        }
        return new DocumentText(title, pages, passages(text), false, false);
    }

    private static List<DocumentText.TextPassage> passages(PageText text) {
        List<DocumentText.TextPassage> passages = new ArrayList<>();
        List<String> pages = text.pages();
        for (int i = 0; i < pages.size(); i++) {
            Integer page = text.paged() ? i + 1 : null;
            for (String chunk : chunks(pages.get(i))) {
                passages.add(new DocumentText.TextPassage(page, chunk));
            }
        }
        return passages;
    }

    /** A page's text in pieces of at most PASSAGE_CHARS, cut at a line end or a space where there is one. */
    static List<String> chunks(String text) {
        String clean = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < clean.length()) {
            int end = Math.min(clean.length(), start + PASSAGE_CHARS);
            if (end < clean.length()) {
                int cut = Math.max(clean.lastIndexOf('\n', end), clean.lastIndexOf(' ', end));
                if (cut > start + PASSAGE_CHARS / 2) {
                    end = cut;
                }
            }
            String chunk = clean.substring(start, end).strip();
            if (!chunk.isEmpty()) {
                chunks.add(chunk);
            }
            start = end;
        }
        return chunks;
    }

    private Parser parser() {
        Parser loaded = parser;
        if (loaded == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new AutoDetectParser();
                }
                loaded = parser;
            }
        }
        return loaded;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
