package org.irm.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a Word package so that equal content gives equal bytes: entries in a fixed order
 * ({@code [Content_Types].xml} first, as readers expect, then by name), every entry dated
 * 1980-01-01 00:00 (the zip format's first day, with no extra time fields), one compression
 * level. docx4j stamps entries with the current time; this takes that out (report drafts are
 * byte-identical for identical inputs).
 *
 * <p>Not the job of {@link CommentedCopy}'s package copy, which keeps a State's package as it was
 * (its entry order, read through the bounded reader, streamed to a file never overwritten).
 */
public final class StableZip {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

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
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> {
            if (a.equals(b)) {
                return 0;
            }
            if (a.equals(CONTENT_TYPES)) {
                return -1;
            }
            return b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b);
        });
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) {
                    byte[] content = in.readAllBytes();
                    entries.put(entry.getName(), replacing.getOrDefault(entry.getName(), content));
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> part : entries.entrySet()) {
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
