package org.irm.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files a stop (kill -9, power cut) left in the desk's folders: a half-copied
 * original in {@code archive/} ({@code .arriving-*.tmp}), a half-written receipt, annotated copy
 * or rejected copy in {@code outbox/<ISO3>/} and {@code rejected/} ({@code .irm-*.tmp},
 * {@code .commented-*.tmp}). They hold nothing that is not elsewhere (the original is still in
 * the inbox, the mailbox or the archive; the answer is written again), so they are removed at
 * start. Several instances may share these folders, and one may be writing such a file right
 * now: only files unchanged for longer than {@link #STALE} are removed, a file still being
 * written is left alone.
 */
final class LeftoverFiles {

    /** Far longer than writing one file takes, even over a slow share (the file's time moves as it grows). */
    static final Duration STALE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverFiles.class);

    private final List<Path> folders;

    /** @param folders the folders to look in, and their subfolders one level down (outbox/KEN/) */
    LeftoverFiles(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** Removes the desk's temporary files unchanged since before {@code now - STALE}; returns how many. */
    int removeStale(Instant now) {
        Instant before = now.minus(STALE);
        int removed = 0;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 2)) {
                for (Path file : files.filter(LeftoverFiles::temporary).toList()) {
                    removed += removeIfOlder(file, before) ? 1 : 0;
                }
            } catch (IOException e) {
                LOG.warn("Could not look for leftover temporary files in {}: {}", folder, e.getMessage());
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} temporary file(s) a stop had left in the desk's folders", removed);
        }
        return removed;
    }

    private static boolean temporary(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".tmp") && (name.startsWith(".arriving-") || name.startsWith(".irm-")
                || name.startsWith(".commented-")) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean removeIfOlder(Path file, Instant before) {
        try {
            if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                return Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the leftover temporary file {}: {}", file, e.getMessage());
        }
        return false;
    }
}
