package org.irm.folders;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files a stop (kill -9, power cut) left in shared folders: a half-copied original in
 * {@code archive/}, a half-written receipt or annotated copy in {@code outbox/<ISO3>/}, a partial
 * message in {@code mail-queue/}. They hold nothing that is not elsewhere (the original is still in
 * the inbox, the mailbox or the archive; the answer is written again), so they are removed at
 * start. Several instances may share these folders, and one may be writing such a file right now,
 * or may have just renamed it away: only files unchanged for longer than {@link #STALE} are
 * removed, and a file that vanishes while the folders are read is simply passed over.
 */
public final class LeftoverFiles {

    /** Far longer than writing one file takes, even over a slow share (the file's time moves as it grows). */
    public static final Duration STALE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverFiles.class);

    private final List<Path> folders;
    private final int depth;
    private final Predicate<String> temporary;

    /**
     * @param folders   the folders to look in
     * @param depth     1 for the folders' own files, 2 to look one level down too (outbox/KEN/)
     * @param temporary whether a file name is one of the temporary files a writer renames when done
     */
    public LeftoverFiles(List<Path> folders, int depth, Predicate<String> temporary) {
        this.folders = List.copyOf(folders);
        this.depth = depth;
        this.temporary = temporary;
    }

    /**
     * Removes the temporary files unchanged since before {@code now - STALE}; returns how many.
     * {@code now} is the file system's time, as the files' own times are: not the home's clock,
     * which {@code irm.clock.start} may have moved.
     */
    public int removeStale(Instant now) {
        Instant before = now.minus(STALE);
        int removed = 0;
        for (Path folder : folders) {
            for (Path file : temporaryFiles(folder)) {
                removed += removeIfOlder(file, before) ? 1 : 0;
            }
        }
        if (removed > 0) {
            LOG.info("Removed {} temporary file(s) a stop had left in {}", removed, folders);
        }
        return removed;
    }

    private List<Path> temporaryFiles(Path folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, Set.<FileVisitOption>of(), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && temporary.test(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException gone) {
                    // Renamed or removed by another instance between the listing and the look at it.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not look for leftover temporary files in {}: {}", folder, e.getMessage());
        }
        return found;
    }

    private static boolean removeIfOlder(Path file, Instant before) {
        try {
            if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
                return Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // NoSuchFileException: finished and renamed by its writer meanwhile, as it should be.
            LOG.debug("Leftover temporary file {} not removed: {}", file, e.toString());
        }
        return false;
    }
}
