package org.irm.register;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A register file compacted and put back in place, after its work copy was checked to hold the same.
 *
 * @param file the register's file ({@code register.mv.db})
 * @param bytesBefore its size before
 * @param bytesAfter its size now
 * @param tables how many tables were compared between the register and the compacted copy
 * @param rows how many rows they hold together (the same in both)
 * @param took how long the whole compaction took: copy, compaction, comparison and replacement
 */
public record CompactedRegister(Path file, long bytesBefore, long bytesAfter, int tables, long rows, Duration took) {
}
