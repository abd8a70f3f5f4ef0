package org.irm.register;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Compacts an embedded (H2) register whose file no process has open, safely by construction: H2
 * rewrites a copy, never the register itself, and the copy replaces the register only once it has
 * been read back holding the same rows as the register held.
 *
 * <p>The steps, and why each is safe:
 * <ol>
 * <li>The register's file is locked as H2 locks it, for the whole compaction. A process that has the
 * register open holds that lock, so the compaction is refused; a process that tries to open it
 * meanwhile is refused by H2. (The register is never opened through H2 in this process while
 * locked: on Linux a process that closes any descriptor of a file loses every lock it holds on it,
 * so H2's own open and close would drop the lock.)</li>
 * <li>The file is copied beside it ({@code <name>-compacting.mv.db}), and the copy is read back and
 * compared byte for byte (SHA-256) with what was read from the register.</li>
 * <li>The copy's contents are read (schema, and every table's row count and digest of all its
 * values: {@link RegisterContents}); then H2 compacts the copy ({@code SHUTDOWN COMPACT}); then its
 * contents are read again and must be the same, or the copy is removed and the register left as it
 * was ({@link CompactionRefused.Reason#COPY_DIFFERS}, naming the tables that differ). H2's
 * compaction has lost data before (h2database issues 3131, 3307, 4123, 4247, 4286): this is what
 * catches it.</li>
 * <li>The copy is forced to disk and renamed over the register in one atomic step, and the folder
 * forced to disk: at every moment the register's name holds either the old file, untouched, or the
 * new one, complete. A compaction killed at any point leaves the register as it was, or compacted;
 * the next compaction removes the work files a killed one left.</li>
 * <li>The register's size after the compaction is noted beside it ({@link CompactionRecord}), for
 * {@link CompactionAtStop} to tell how much it has grown since.</li>
 * </ol>
 * Needs free space beside the register for one copy. A register on a database server (PostgreSQL)
 * is refused: the server keeps its own files.
 */
public final class RegisterCompaction {

    /** Work a test does on the compacted copy before it is checked (to show a copy that differs is not kept). */
    interface CopyTampering {
        void tamper(Connection compactedCopy) throws SQLException;
    }

    private static final String H2 = "jdbc:h2:";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String STORE = ".mv.db";
    private static final String WORK = "-compacting";

    private final RegisterDatabase database;
    private final CopyTampering tampering;

    /** A compaction of this register (nothing is done until {@link #compact()}). */
    public RegisterCompaction(RegisterDatabase database) {
        this(database, null);
    }

    RegisterCompaction(RegisterDatabase database, CopyTampering tampering) {
        this.database = database;
        this.tampering = tampering;
    }

    /**
     * The file of a register kept by H2 in a file ({@code register.mv.db}), the file a compaction
     * rewrites; empty for a register on a database server or in memory.
     */
    public static Optional<Path> fileOf(RegisterDatabase database) {
        String url = database.url();
        if (!database.embedded() || url.startsWith(H2 + "mem:")) {
            return Optional.empty();
        }
        String rest = url.startsWith(H2_FILE) ? url.substring(H2_FILE.length()) : url.substring(H2.length());
        int semicolon = rest.indexOf(';');
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (name.isEmpty() || name.matches("^[A-Za-z]{2,}:.*")) {
            return Optional.empty(); // another file system of H2's (zip:, nio:, split:, memFS:): not a plain file
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + STORE).toAbsolutePath().normalize());
    }

    /**
     * Compacts the register. Call it with the register closed in this process (after
     * {@link Register#close()}) and in every other.
     *
     * @return what was done: sizes before and after, rows compared, time taken
     * @throws CompactionRefused when the register was not compacted (a server, in use, no space, a copy
     *         that differed); the register is then as it was
     * @throws RegisterException when the files could not be read or written; the register is then as it was
     */
    public CompactedRegister compact() {
        long started = System.nanoTime();
        Path file = registerFile();
        Path copy = workFile(file, STORE);
        try (FileChannel register = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = exclusively(register, file)) {
            removeWorkFiles(file);
            long before = register.size();
            requireSpace(file, before);
            try {
                snapshot(register, copy);
                RegisterContents expected = contents(copy);
                compactCopy(copy);
                RegisterContents found = contents(copy);
                List<String> differences = expected.differencesFrom(found);
                if (!differences.isEmpty()) {
                    throw new CompactionRefused(CompactionRefused.Reason.COPY_DIFFERS, "The compacted copy of the register at "
                            + file + " did not read back the same, so it was dropped and the register left as it was: "
                            + String.join("; ", differences) + ".");
                }
                replace(file, copy);
                CompactionRecord.remember(file, Files.size(file));
                return new CompactedRegister(file, before, Files.size(file), expected.tables().size(), expected.rows(),
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                removeWorkFiles(file);
            }
        } catch (IOException e) {
            throw new RegisterException("Cannot compact the register at " + file + ": " + e.getMessage()
                    + " (the register is as it was)", e);
        } catch (SQLException e) {
            throw new RegisterException("Cannot compact the register at " + file + ": " + SqlFailure.why(e)
                    + " (the register is as it was)", e);
        }
    }

    private Path registerFile() {
        Path file = fileOf(database).orElseThrow(() -> database.embedded()
                ? new CompactionRefused(CompactionRefused.Reason.NOT_A_FILE, "The register at " + database.describe()
                        + " is not kept in a file of its own (in memory, or in another of H2's file systems): nothing to compact.")
                : new CompactionRefused(CompactionRefused.Reason.SERVER_DATABASE, "The register at " + database.describe()
                        + " is on a database server: the server keeps its own files (for PostgreSQL, VACUUM), nothing to compact here."));
        if (!Files.isRegularFile(file)) {
            throw new CompactionRefused(CompactionRefused.Reason.NO_REGISTER, "No register at " + file
                    + ": check irm.home and irm.db.url.");
        }
        return file;
    }

    /** Takes the lock H2 takes on the file, or says who has the register open. */
    private static FileLock exclusively(FileChannel register, Path file) throws IOException {
        FileLock lock;
        try {
            lock = register.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new CompactionRefused(CompactionRefused.Reason.IN_USE, "The register at " + file
                    + " is still open in this process: close it before compacting.", e);
        }
        if (lock == null) {
            throw new CompactionRefused(CompactionRefused.Reason.IN_USE, "The register at " + file
                    + " is open in another process (its file is locked): stop irm run and irm serve (and any other"
                    + " irm command using this register) first, then compact it.");
        }
        return lock;
    }

    private static void requireSpace(Path file, long bytes) throws IOException {
        long free = Files.getFileStore(file.getParent()).getUsableSpace();
        // The copy, and H2's own work file while it compacts it (at most the copy's size again).
        if (free < 2 * bytes) {
            throw new CompactionRefused(CompactionRefused.Reason.NO_SPACE, String.format(Locale.ROOT,
                    "Compacting the register at %s needs %.1f MB free beside it (twice its size); %.1f MB are free.",
                    file, 2 * bytes / 1e6, free / 1e6));
        }
    }

    /** Copies the locked register to the work copy, and checks the copy on disk has the same bytes. */
    private static void snapshot(FileChannel register, Path copy) throws IOException {
        MessageDigest read = RegisterContents.sha256();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long position = 0;
            for (int n; (n = register.read(buffer.clear(), position)) > 0; position += n) {
                buffer.flip();
                read.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
        }
        MessageDigest written = RegisterContents.sha256();
        try (FileChannel in = FileChannel.open(copy, StandardOpenOption.READ)) {
            while (in.read(buffer.clear()) > 0) {
                written.update(buffer.flip());
            }
        }
        if (!Arrays.equals(read.digest(), written.digest())) {
            throw new IOException("the copy written to " + copy + " does not hold the bytes read from the register");
        }
    }

    private RegisterContents contents(Path copy) throws SQLException {
        try (Connection connection = connect(copy, ";ACCESS_MODE_DATA=r")) {
            return RegisterContents.of(connection);
        }
    }

    private void compactCopy(Path copy) throws SQLException {
        try (Connection connection = connect(copy, ""); Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN COMPACT");
        }
        if (tampering != null) {
            try (Connection connection = connect(copy, "")) {
                tampering.tamper(connection);
            }
        }
    }

    private Connection connect(Path store, String options) throws SQLException {
        String name = store.toString().substring(0, store.toString().length() - STORE.length());
        try {
            return DriverManager.getConnection(H2_FILE + name + ";IFEXISTS=TRUE;AUTO_SERVER=FALSE" + options,
                    database.user(), database.password());
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new CompactionRefused(CompactionRefused.Reason.IN_USE, "The work copy " + store
                        + " is open in another process: is another compaction running?", e);
            }
            throw e;
        }
    }

    /** Puts the checked copy in the register's place in one step, then makes the change durable. */
    private static void replace(Path file, Path copy) throws IOException {
        try (FileChannel written = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // Some systems cannot force a folder; the rename is done, and durable at the next sync.
        }
    }

    /** The work copy's files ({@code <name>-compacting.mv.db}, its trace, H2's temporary files), as one compaction leaves them. */
    private static void removeWorkFiles(Path file) throws IOException {
        String prefix = baseName(file) + WORK + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                sibling -> sibling.getFileName().toString().startsWith(prefix))) {
            for (Path sibling : siblings) {
                Files.deleteIfExists(sibling);
            }
        }
    }

    private static Path workFile(Path file, String suffix) {
        return file.resolveSibling(baseName(file) + WORK + suffix);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - STORE.length());
    }
}
