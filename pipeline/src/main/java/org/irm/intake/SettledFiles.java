package org.irm.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a dropped file is complete: only once its size and modification time have stayed
 * the same for the settle time, as seen over successive looks at the folder. A copy over a slow
 * SMB or NFS share grows (or touches its modification time) in bursts; a file still being
 * written never looks settled for that long. Unlike a blocking read lock this never holds up the
 * other files of the folder: an unsettled file is simply left for a later look.
 *
 * <p>Safe to call from several threads.
 */
public final class SettledFiles {

    private record Look(long size, long modified, Instant since) {
    }

    /** Files not looked at for this long are forgotten (they went away). */
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Duration settleTime;
    private final Clock clock;
    private final Map<Path, Look> looks = new ConcurrentHashMap<>();

    public SettledFiles(Duration settleTime, Clock clock) {
        this.settleTime = settleTime;
        this.clock = clock;
    }

    /**
     * One look at a file: true when it has had this size and modification time for at least the
     * settle time (so it may be taken now), false when it is new or has changed since the last look.
     */
    public boolean settled(Path file, long size, long modifiedMillis) {
        Instant now = clock.instant();
        Look seen = looks.compute(file, (path, before) ->
                before != null && before.size() == size && before.modified() == modifiedMillis
                        ? before : new Look(size, modifiedMillis, now));
        forgetOldLooks(now);
        // Only what we saw counts, not the modification time alone: copies over SMB often keep
        // the source's (old) modification time while the bytes are still arriving.
        return !now.isBefore(seen.since().plus(settleTime)) && !seen.since().equals(now);
    }

    /** Forgets a file once it was taken, so a new file of the same name starts afresh. */
    public void taken(Path file) {
        looks.remove(file);
    }

    private void forgetOldLooks(Instant now) {
        if (looks.size() > 10_000) {
            looks.values().removeIf(look -> look.since().isBefore(now.minus(FORGET_AFTER)));
        }
    }
}
