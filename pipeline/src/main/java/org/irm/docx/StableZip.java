package org.irm.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a Word package so that equal content gives equal bytes: entries in a fixed order
 * ({@code [Content_Types].xml} first, as readers expect, then by name), every entry dated
 * 1980-01-01 00:00 (the zip format's first day, with no extra time fields), one compression
 * level (the fastest). docx4j stamps entries with the current time; this takes that out (report drafts are
 * byte-identical for identical inputs).
 *
 * <p>Not the job of {@link CommentedCopy}'s package copy, which keeps a State's package as it was
 * (its entry order, read through the bounded reader, streamed to a file never overwritten).
 */
public final class StableZip {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** {@code [Content_Types].xml} first, as readers expect, then by name. */
    private static final Comparator<String> IN_ORDER = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(CONTENT_TYPES)) {
            return -1;
        }
        return b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b);
    };

    private StableZip() {
    }

    /** One entry's bytes. */
    public static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("The package has no " + name);
    }

    /** The package with its entries in order and fixed dates, the parts named in {@code replacing} swapped for the bytes given. */
    public static byte[] rewrite(byte[] zip, Map<String, byte[]> replacing) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        entries.replaceAll((name, content) -> replacing.getOrDefault(name, content));
        return write(entries, zip.length + 1024);
    }

    /**
     * The package's entries (directories left out), in the order {@link #write} writes them: a
     * writer that puts its own parts into the same package many times reads it once.
     */
    public static SortedMap<String, byte[]> entries(byte[] zip) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>(IN_ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /**
     * The package of these entries, in order ({@code [Content_Types].xml} first, then by name), at
     * fixed dates. Compressed at the fastest level: a fourth of the default level's time on a report
     * draft's body, for a file a fifth larger (27 to 33 KB), when deflating was the largest single
     * cost of drafting.
     *
     * @param sizeHint about how large the package will be, in bytes
     */
    public static byte[] write(Map<String, byte[]> entries, int sizeHint) throws IOException {
        Map<String, byte[]> inOrder = entries instanceof SortedMap<String, byte[]> sorted && sorted.comparator() == IN_ORDER
                ? entries : new TreeMap<>(IN_ORDER);
        if (inOrder != entries) {
            inOrder.putAll(entries);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> part : inOrder.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(part.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
