package org.irm.docx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Word package opened for bounded reading: its parts by name, each read through a stream that
 * counts inflated bytes against the limits. Closing it closes the zip.
 */
public final class WordPackage implements AutoCloseable {

    private final ZipFile zip;
    private final PackageLimits limits;
    private final Map<String, ZipEntry> entries;
    private long inflatedSoFar;

    private WordPackage(ZipFile zip, PackageLimits limits, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /**
     * Opens the zip and refuses it, before any part is read, when it is broken, holds more entries
     * than the limits allow, holds two entries with one part name (OPC part names ignore case: a
     * second copy of a part could hide a forged one, and every writer would fail on it), or declares
     * a part, or all parts together, larger than the limits.
     */
    public static WordPackage open(Path file, PackageLimits limits) throws RefusedDocumentException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw Refusals.damaged();
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw Refusals.tooManyParts(limits.maxEntries());
            }
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            long declared = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entries.putIfAbsent(normalise(entry.getName()), entry) != null) {
                    throw Refusals.duplicateEntry();
                }
                declared += Math.max(entry.getSize(), 0);
                if (declaredTooLarge(entry, limits) || declared > limits.maxTotalBytes()) {
                    throw Refusals.zipBomb();
                }
            }
            return new WordPackage(zip, limits, entries);
        } catch (RefusedDocumentException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** What the zip's own directory says of an entry already passes a limit (a bomb that does not even hide). */
    private static boolean declaredTooLarge(ZipEntry entry, PackageLimits limits) {
        long size = entry.getSize();
        return size > limits.maxPartBytes()
                || (size > limits.ratioFloorBytes() && size / Math.max(entry.getCompressedSize(), 1) > limits.maxRatio());
    }

    /** Every entry's name as the zip spells it, in the zip's order (for writers that copy the package). */
    public List<String> entryNames() {
        return entries.values().stream().map(ZipEntry::getName).toList();
    }

    /**
     * Inflates every entry through the bounded stream and throws the bytes away: a part that
     * inflates past the limits is refused here, whether anything references it or not. Costs one
     * inflation of the package (about 10 ms for a whole checklist's 4.7 MB).
     */
    public void inflateEveryPart() throws RefusedDocumentException {
        byte[] buffer = new byte[64 * 1024];
        for (ZipEntry entry : entries.values()) {
            if (entry.isDirectory()) {
                continue;
            }
            try (InputStream in = new BoundedStream(zip.getInputStream(entry), entry)) {
                while (in.read(buffer) >= 0) {
                    // Only the count matters.
                }
            } catch (LimitExceeded e) {
                throw Refusals.zipBomb();
            } catch (IOException | RuntimeException e) {
                // java.util.zip throws unchecked exceptions for some malformed entries.
                throw Refusals.damaged();
            }
        }
    }

    public boolean has(String partName) {
        return entries.containsKey(normalise(partName));
    }

    /** The names of the parts under a folder, such as {@code customXml/}, sorted. */
    public List<String> partsUnder(String folder) {
        String prefix = normalise(folder);
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, ZipEntry> e : entries.entrySet()) {
            if (e.getKey().startsWith(prefix) && !e.getValue().isDirectory()) {
                names.add(e.getValue().getName());
            }
        }
        Collections.sort(names);
        return names;
    }

    /**
     * The inflated size the zip's directory declares for a part, -1 when it has no such part or
     * declares none: a hint for sizing a buffer, never a bound (reads are counted, not trusted).
     */
    public long declaredSize(String partName) {
        ZipEntry entry = entries.get(normalise(partName));
        return entry == null ? -1 : entry.getSize();
    }

    /** Opens a part for reading, bounded by the limits; empty when the package has no such part. */
    public Optional<InputStream> open(String partName) throws RefusedDocumentException {
        ZipEntry entry = entries.get(normalise(partName));
        if (entry == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BoundedStream(zip.getInputStream(entry), entry));
        } catch (IOException e) {
            throw new RefusedDocumentException(RefusalReason.CORRUPT, "A part of the file is damaged (" + partName
                    + "). Save it again from Word and resend it.");
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    /** An OPC part name as a key: no leading slash, case folded (part names are compared ignoring case). */
    private static String normalise(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        return name.toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Nothing was written; a failed close of a read-only zip loses nothing.
        }
    }

    /** Counts inflated bytes and stops at the part, total and ratio limits. */
    private final class BoundedStream extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        BoundedStream(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            inflatedSoFar += n;
            long compressed = Math.max(entry.getCompressedSize(), 1);
            if (read > limits.maxPartBytes() || inflatedSoFar > limits.maxTotalBytes()
                    || (read > limits.ratioFloorBytes() && read / compressed > limits.maxRatio())) {
                throw new LimitExceeded(entry.getName());
            }
        }
    }

    /** A part grew past the limits while being inflated: a zip bomb or an absurd document. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(String part) {
            super("The part " + part + " expands beyond the size limits");
        }
    }
}
