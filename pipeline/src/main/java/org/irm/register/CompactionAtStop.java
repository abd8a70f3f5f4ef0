package org.irm.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;

/**
 * The compaction {@code irm run} gives its embedded register when it stops cleanly, once the register's
 * file has grown enough since its last compaction to pay for it.
 *
 * <p>H2 writes new pages at the end of its file and reuses the space of old ones only in part, so the
 * file grows about four times faster than what it holds (the 1,000 returns of the benchmark left
 * 249 MB; 400 returns, 102.7 MB, compacted to 23.0 MB). Compacting needs the register closed in every
 * process, which a stop is the moment for; it is done as {@code irm register compact} does it (a
 * checked copy swapped in, see {@link RegisterCompaction}), so a stop killed while it compacts leaves
 * the register as it was. Each compaction takes time (14 s for those 102.7 MB on a loaded 2-core
 * machine): hence only once the file is {@link Policy#growth()} times its size after the last one.
 */
public final class CompactionAtStop {

    /**
     * When a stop compacts.
     *
     * @param growth how many times its size after the last compaction the file must have reached; 0: never
     * @param minimumBytes the smallest file worth compacting
     */
    public record Policy(int growth, long minimumBytes) {

        /** The policy of {@link Setting#REGISTER_COMPACT_GROWTH} and {@link Setting#REGISTER_COMPACT_MIN_MB}. */
        public static Policy from(IrmConfig config) {
            return new Policy(config.getInt(Setting.REGISTER_COMPACT_GROWTH),
                    config.getInt(Setting.REGISTER_COMPACT_MIN_MB) * 1024L * 1024L);
        }
    }

    /** What a stop decided: compacted (with the result), or not and why. */
    public record Outcome(Optional<CompactedRegister> compacted, String why) {
    }

    private final RegisterDatabase database;
    private final Policy policy;

    public CompactionAtStop(RegisterDatabase database, Policy policy) {
        this.database = database;
        this.policy = policy;
    }

    /**
     * Compacts the register if it is due; call it once the register is closed in this process.
     *
     * @throws CompactionRefused when it was due but could not be done (the register is then as it was)
     */
    public Outcome compactIfDue() {
        Optional<Path> file = RegisterCompaction.fileOf(database);
        if (policy.growth() <= 0) {
            return notDone("compaction at stop is off (" + Setting.REGISTER_COMPACT_GROWTH.key() + "=0)");
        }
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return notDone("the register is not an embedded file");
        }
        long size = sizeOf(file.get());
        OptionalLong last = CompactionRecord.lastSize(file.get());
        long grown = last.isPresent() ? last.getAsLong() * policy.growth() : 0;
        long due = Math.max(policy.minimumBytes(), grown);
        if (size < due) {
            return notDone(String.format(Locale.ROOT, "%.1f MB, compacted from %.1f MB on (%s)", size / 1e6, due / 1e6,
                    grown >= policy.minimumBytes() ? String.format(Locale.ROOT, "%d times its %.1f MB after the last compaction",
                            policy.growth(), last.getAsLong() / 1e6)
                            : "the smallest worth compacting, " + Setting.REGISTER_COMPACT_MIN_MB.key()));
        }
        return new Outcome(Optional.of(new RegisterCompaction(database).compact()), "due");
    }

    private static Outcome notDone(String why) {
        return new Outcome(Optional.empty(), why);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
