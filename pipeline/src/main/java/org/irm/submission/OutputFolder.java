package org.irm.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A folder the desk writes into (outbox, rejected): every file is written to a temporary file,
 * forced to disk and moved into place under a name that does not exist yet, so nothing is ever
 * overwritten and nobody sees half a file. Names come from {@link #safeName}, never from a path a
 * sender chose.
 */
final class OutputFolder {

    private static final int MAX_BASE = 80;

    private final Path folder;

    OutputFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /**
     * A file name made from what a sender called the file: its last path segment only (either
     * slash), letters, digits, dot, dash and underscore kept, everything else a dash; no leading
     * dot; at most 80 characters before the extension; "file" when nothing is left.
     */
    static String safeBase(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = Normalizer.normalize(base, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("(^[-.]+|-+$)", "");
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE);
        }
        return base.isEmpty() ? "file" : base;
    }

    /** The extension of a sender's file name, lower case, when it is a plain one (docx, pdf...); else "". */
    static String safeExtension(String originalName) {
        String name = originalName == null ? "" : originalName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "";
    }

    /** The safe name a sender's file gets, with its extension: {@code safeBase.ext}. */
    static String safeName(String originalName) {
        String extension = safeExtension(originalName);
        return safeBase(originalName) + (extension.isEmpty() ? "" : "." + extension);
    }

    /** Whether this folder holds a file of that name (a name the desk made, see {@link #safeName}). */
    boolean has(String name) {
        return Files.exists(folder.resolve(name));
    }

    /** Writes bytes under {@code base + suffix}, or {@code base-2 + suffix}, ... whichever is free; returns the file. */
    Path write(String base, String suffix, byte[] bytes) throws IOException {
        return write(base, suffix, out -> out.write(bytes));
    }

    /** Copies a file under a free name made from {@code base + suffix}. */
    Path copy(Path source, String base, String suffix) throws IOException {
        return write(base, suffix, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        });
    }

    /** Writes whatever the writer produces under a free name; never overwrites. */
    Path write(String base, String suffix, Content content) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".irm-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            force(temporary);
            for (int n = 1; ; n++) {
                Path target = folder.resolve(base + (n == 1 ? "" : "-" + n) + suffix);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // A hard link fails when the name exists, where a rename would replace it.
                    Files.createLink(target, temporary);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    // another writer took this name meanwhile: try the next one
                } catch (UnsupportedOperationException | IOException noLinks) {
                    if (Files.exists(target)) {
                        continue;
                    }
                    Files.move(temporary, target);
                    return target;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where a file of this exact name would go (for content-addressed names that need no suffix). */
    Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Forces a file's bytes to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the platform allows it. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Not every platform (nor every network share) can sync a folder; the file itself is synced.
        }
    }

    /** Writes a file's content to a stream. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
