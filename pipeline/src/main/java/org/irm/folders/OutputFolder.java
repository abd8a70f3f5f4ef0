package org.irm.folders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A folder the pipeline writes into (a State's outbox, rejected files, issued checklists, review
 * copies, report drafts): every file is written to a temporary file, forced to disk and linked into
 * place under a name that does not exist yet ({@code base}, {@code base-2}, ...), so nothing is ever
 * overwritten, not even by another instance writing the same name at the same moment, and nobody
 * sees half a file. Names made from what a sender called a file come from {@link #safeName}, never
 * from a path a sender chose.
 *
 * <p>Every file it writes gets the process's {@linkplain #useFileMode file mode} (setting
 * {@code irm.output.fileMode}, {@code rw-r-----} by default): the temporary file Java creates is
 * readable by its owner alone, and the folders are shared by a group (the secretariat's staff, the
 * mail dispatch, another pipeline instance).
 */
public final class OutputFolder {

    private static final int MAX_BASE = 80;

    /** Owner reads and writes, the group reads, others nothing. */
    public static final String DEFAULT_FILE_MODE = "rw-r-----";

    // One configuration per process: set where the settings are read (the command line, irm run),
    // not passed through every service that writes a file.
    private static volatile Set<PosixFilePermission> fileMode = PosixFilePermissions.fromString(DEFAULT_FILE_MODE);

    private final Path folder;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /**
     * A file name made from what a sender called the file: its last path segment only (either
     * slash), letters, digits, dot, dash and underscore kept, everything else a dash; no leading
     * dot; at most 80 characters before the extension; "file" when nothing is left.
     */
    public static String safeBase(String originalName) {
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
    public static String safeExtension(String originalName) {
        String name = originalName == null ? "" : originalName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "";
    }

    /** The safe name a sender's file gets, with its extension: {@code safeBase.ext}. */
    public static String safeName(String originalName) {
        String extension = safeExtension(originalName);
        return safeBase(originalName) + (extension.isEmpty() ? "" : "." + extension);
    }

    /** Whether this folder holds a file of that name (a name the desk made, see {@link #safeName}). */
    public boolean has(String name) {
        return Files.exists(folder.resolve(name));
    }

    /** Writes bytes under {@code base + suffix}, or {@code base-2 + suffix}, ... whichever is free; returns the file. */
    public Path write(String base, String suffix, byte[] bytes) throws IOException {
        return write(base, suffix, out -> out.write(bytes));
    }

    /** Copies a file under a free name made from {@code base + suffix}. */
    public Path copy(Path source, String base, String suffix) throws IOException {
        return write(base, suffix, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        });
    }

    /** Writes whatever the writer produces under a free name; never overwrites. */
    public Path write(String base, String suffix, Content content) throws IOException {
        return produce(base, suffix, (Producer<Void>) out -> {
            content.writeTo(out);
            return null;
        }).file();
    }

    /**
     * Writes whatever the producer writes under a free name, never overwriting, and returns the file
     * with what the producer returned (a checklist's manifest, a merged review's summary).
     */
    public <T> Written<T> produce(String base, String suffix, Producer<T> producer) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".irm-", ".tmp");
        try {
            T value;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                value = producer.writeTo(out);
            }
            applyFileMode(temporary);
            force(temporary);
            for (int n = 1; ; n++) {
                Path target = folder.resolve(base + (n == 1 ? "" : "-" + n) + suffix);
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    // A hard link fails when the name exists, where a rename would replace it.
                    Files.createLink(target, temporary);
                    return new Written<>(target, value);
                } catch (FileAlreadyExistsException taken) {
                    // another writer took this name meanwhile: try the next one
                } catch (UnsupportedOperationException | IOException noLinks) {
                    if (Files.exists(target)) {
                        continue;
                    }
                    Files.move(temporary, target);
                    return new Written<>(target, value);
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Sets the mode of every file written from now on: {@code rw-r-----} or octal {@code 640}. Only
     * read and write bits: a file the pipeline writes is never executable.
     *
     * @throws IllegalArgumentException when the text is neither form, or asks for an execute bit
     */
    public static void useFileMode(String mode) {
        fileMode = parseFileMode(mode);
    }

    /** The permissions {@code rw-r-----} or {@code 640} stand for. */
    public static Set<PosixFilePermission> parseFileMode(String mode) {
        String text = mode == null ? "" : mode.strip();
        if (text.matches("0?[0-7]{3}")) {
            String digits = text.substring(text.length() - 3);
            StringBuilder symbolic = new StringBuilder();
            for (char digit : digits.toCharArray()) {
                int bits = digit - '0';
                symbolic.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-')
                        .append((bits & 1) != 0 ? 'x' : '-');
            }
            text = symbolic.toString();
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        try {
            permissions.addAll(PosixFilePermissions.fromString(text));
        } catch (IllegalArgumentException notAMode) {
            throw new IllegalArgumentException("'" + mode + "' is not a file mode: write it as rw-r----- or 640");
        }
        if (permissions.contains(PosixFilePermission.OWNER_EXECUTE) || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                || permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
            throw new IllegalArgumentException("'" + mode + "' would make the files executable: use read and write bits only");
        }
        if (!permissions.contains(PosixFilePermission.OWNER_READ) || !permissions.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new IllegalArgumentException("'" + mode + "' would lock the pipeline out of its own files: keep rw for the owner");
        }
        return Set.copyOf(permissions);
    }

    /**
     * Gives a file the process's file mode, before it is linked or moved into a folder others read.
     * Does nothing on a file system without POSIX permissions (where the share's own rules apply).
     */
    public static void applyFileMode(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, fileMode);
        } catch (UnsupportedOperationException noPosix) {
            // Windows shares and some network file systems: the folder's ACL decides who reads.
        }
    }

    /** Where a file of this exact name would go (for content-addressed names that need no suffix). */
    public Path resolve(String name) {
        return folder.resolve(name);
    }

    /** Forces a file's bytes to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries (a rename) to the disk where the platform allows it. */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Not every platform (nor every network share) can sync a folder; the file itself is synced.
        }
    }

    /** Writes a file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file's content to a stream and returns what it made of it. */
    public interface Producer<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** The file written and what its producer returned. */
    public record Written<T>(Path file, T value) { }
}
