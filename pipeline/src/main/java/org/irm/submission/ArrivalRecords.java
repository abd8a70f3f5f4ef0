package org.irm.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.irm.folders.OutputFolder;
import org.irm.register.SubmissionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code watch-folders/archive/arrivals/}: how each archived original first came in (its name, the
 * way and the sender, the folder, the time, the e-mail's Message-ID) and which pipeline instance
 * took it, one small file per sha256, written and forced to disk before the register is written,
 * never changed afterwards.
 *
 * <p>The register is the pipeline's memory, but an embedded register can lose its last writes to a
 * kill -9 even after they were committed and checkpointed (H2's file store, measured: up to seven
 * commits once the file reuses its free space). By then the e-mail may be marked read, the dropped
 * file gone from the inbox and the answer sent. With these records the archive is enough to take
 * such a file again at the next start: {@link IntakeDesk#finishUnfinished} re-takes every archived
 * arrival the register has no trace of, and the answer already queued is not queued twice.
 */
public final class ArrivalRecords {

    /** The folder under the archive. */
    public static final String FOLDER = "arrivals";
    /** What a record being written is called until it is renamed into place (a stop may leave one). */
    static final String PARTIAL_PREFIX = ".arriving-";

    private static final Logger LOG = LoggerFactory.getLogger(ArrivalRecords.class);

    private final Path folder;

    /** @param archive the archive folder the records sit under */
    public ArrivalRecords(Path archive) {
        this.folder = archive.resolve(FOLDER);
    }

    /** The desk that took an arrival, and takes it again. */
    public enum Desk { RETURNS, SUPPORTING }

    /**
     * One archived arrival as it was recorded: enough to take it again from the archive.
     *
     * @param state the State a supporting document was taken for; null for the return desk's arrivals
     */
    public record Kept(String sha256, Desk desk, String state, String originalName, SubmissionSource source,
                       String sender, String folderState, Instant receivedAt, String messageId, String instance,
                       Instant recordedAt) {

        /** True when this instance took it, or it is old enough that the instance that took it has stopped. */
        public boolean oursToTakeAgain(String ourInstance, Instant othersBefore) {
            return instance.equals(ourInstance) || recordedAt.isBefore(othersBefore);
        }

        /** The arrival again, its bytes read from the archived copy. */
        public Arrival arrival(Path archived) {
            return new Arrival(archived, originalName, source, sender, folderState, receivedAt, messageId);
        }
    }

    /**
     * Records how the archived file first came in, unless its bytes were recorded before (the
     * first arrival is the one the register would hold). The record is on disk when this returns.
     */
    public void keep(Received received, String instance) {
        keep(received, instance, Desk.RETURNS, null);
    }

    /** The same for a supporting document taken for the State. */
    public void keepSupporting(Received received, String instance, String state) {
        keep(received, instance, Desk.SUPPORTING, state);
    }

    private void keep(Received received, String instance, Desk desk, String state) {
        Path record = path(received.sha256());
        if (Files.exists(record)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, PARTIAL_PREFIX, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    properties(received, instance, desk, state).store(out, "How this archived file first came in (IRM Pipeline)");
                }
                OutputFolder.force(temporary);
                try {
                    Files.move(temporary, record, StandardCopyOption.ATOMIC_MOVE);
                    OutputFolder.forceFolder(folder);
                } catch (FileAlreadyExistsException recordedMeanwhile) {
                    // another instance took the same bytes at the same moment: its record stands
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the arrival of " + received.arrival().originalName()
                    + " in " + folder + ": " + e.getMessage() + " (the file stays where it is and can be taken again)", e);
        }
    }

    /** The digests of every recorded arrival, in no particular order. */
    public List<String> digests() {
        List<String> digests = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return digests;
        }
        try (DirectoryStream<Path> records = Files.newDirectoryStream(folder)) {
            for (Path record : records) {
                String name = record.getFileName().toString();
                if (name.matches("[0-9a-f]{64}")) {
                    digests.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the arrival records in " + folder + ": " + e.getMessage(), e);
        }
        return digests;
    }

    /**
     * The record of the arrival of these bytes, if there is one and it can be read. One that cannot
     * be read (damaged by hand or by the disk) is named in the log and passed over, never guessed
     * at: it must not stop the pipeline's start, and the archived file stays for the secretariat.
     */
    public Optional<Kept> read(String sha256) {
        Path record = path(sha256);
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(record)) {
            values.load(in);
            return Optional.of(new Kept(sha256, Desk.valueOf(values.getProperty("desk", Desk.RETURNS.name())),
                    blankAsNull(values.getProperty("state")), values.getProperty("originalName", sha256),
                    SubmissionSource.valueOf(values.getProperty("source", "FOLDER").toUpperCase(Locale.ROOT)),
                    blankAsNull(values.getProperty("sender")), blankAsNull(values.getProperty("folderState")),
                    Instant.parse(values.getProperty("receivedAt")), blankAsNull(values.getProperty("messageId")),
                    values.getProperty("instance", ""), Files.getLastModifiedTime(record).toInstant()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            LOG.error("The arrival record {} cannot be read ({}): the file it records, {}, is not taken again"
                    + " from the archive; take it in by hand (irm ingest) if the register has no trace of it", record,
                    unreadable.getMessage(), record.getParent().getParent().resolve(sha256));
            return Optional.empty();
        }
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a sha256 digest: " + sha256);
        }
        return folder.resolve(sha256);
    }

    private static Properties properties(Received received, String instance, Desk desk, String state) {
        Arrival arrival = received.arrival();
        Properties values = new Properties();
        values.setProperty("desk", desk.name());
        values.setProperty("state", state == null ? "" : state);
        values.setProperty("originalName", arrival.originalName());
        values.setProperty("source", arrival.source().name());
        values.setProperty("sender", arrival.sender() == null ? "" : arrival.sender());
        values.setProperty("folderState", arrival.folderState() == null ? "" : arrival.folderState());
        values.setProperty("receivedAt", arrival.receivedAt().toString());
        values.setProperty("messageId", arrival.messageId() == null ? "" : arrival.messageId());
        values.setProperty("instance", instance);
        return values;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
