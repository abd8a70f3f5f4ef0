package org.irm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The XML parts of a Word package that our reader parses: the package and main document
 * relationships, the main document, headers, footers, footnotes, endnotes, comments and their
 * threads, the application and custom properties, and the custom XML items (which it keeps as
 * text). The StAX floor parses exactly these (and only inflates the custom XML items), so the
 * ratio to it is what our reader adds over the bare parse.
 */
final class XmlParts {

    private static final Pattern MAIN = Pattern.compile(
            "Type=\"[^\"]*/officeDocument\"[^>]*Target=\"/?([^\"]+)\"|Target=\"/?([^\"]+)\"[^>]*Type=\"[^\"]*/officeDocument\"");
    private static final Pattern STORIES = Pattern.compile(
            "word/(header\\d*|footer\\d*|footnotes|endnotes|comments|commentsExtended)\\.xml"
                    + "|docProps/(app|custom)\\.xml|customXml/item\\d+\\.xml");

    private XmlParts() {
    }

    /** True for the custom XML items, which our reader keeps as text instead of parsing. */
    static boolean keptAsText(String part) {
        return part.startsWith("customXml/");
    }

    static List<String> of(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> parts = new ArrayList<>();
            parts.add("_rels/.rels");
            String main = mainDocument(zip);
            parts.add(main);
            int slash = main.lastIndexOf('/');
            parts.add(main.substring(0, slash + 1) + "_rels/" + main.substring(slash + 1) + ".rels");
            zip.stream().map(ZipEntry::getName).filter(n -> STORIES.matcher(n).matches()).sorted().forEach(parts::add);
            parts.removeIf(name -> zip.getEntry(name) == null);
            return parts;
        }
    }

    private static String mainDocument(ZipFile zip) throws IOException {
        ZipEntry rels = zip.getEntry("_rels/.rels");
        if (rels != null) {
            try (InputStream in = zip.getInputStream(rels)) {
                Matcher m = MAIN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return "word/document.xml";
    }
}
