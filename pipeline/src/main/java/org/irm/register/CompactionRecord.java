package org.irm.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * The size of a register's file right after its last compaction, kept beside it ({@code register.compacted}
 * beside {@code register.mv.db}): how much the file has grown since says whether compacting it again pays.
 * A note that is missing or cannot be read counts as no compaction yet; it never decides anything
 * but whether to compact, which is safe either way.
 */
final class CompactionRecord {

    private static final String STORE = ".mv.db";
    private static final String SUFFIX = ".compacted";
    private static final String KEY = "bytes=";

    private CompactionRecord() {
    }

    /** The file's size noted after its last compaction, if one was noted. */
    static OptionalLong lastSize(Path registerFile) {
        Path note = noteOf(registerFile);
        try {
            for (String line : Files.readAllLines(note, StandardCharsets.UTF_8)) {
                if (line.startsWith(KEY)) {
                    return OptionalLong.of(Long.parseLong(line.substring(KEY.length()).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No note, or a damaged one: as if never compacted.
        }
        return OptionalLong.empty();
    }

    /** Notes the size of a file just compacted, replacing the previous note in one rename. */
    static void remember(Path registerFile, long bytes) throws IOException {
        Path note = noteOf(registerFile);
        Path fresh = note.resolveSibling(note.getFileName() + ".tmp");
        Files.writeString(fresh, "# The register's size right after irm compacted it last (irm register compact, or irm run's stop)\n"
                + KEY + bytes + "\n", StandardCharsets.UTF_8);
        Files.move(fresh, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path noteOf(Path registerFile) {
        String name = registerFile.getFileName().toString();
        String base = name.endsWith(STORE) ? name.substring(0, name.length() - STORE.length()) : name;
        return registerFile.resolveSibling(base + SUFFIX);
    }
}
