package org.irm.register;

/**
 * A compaction of the register that was not done, or not kept: the register is as it was before,
 * and the message says why and what to do.
 */
public final class CompactionRefused extends RegisterException {

    /** Why the register was not compacted. */
    public enum Reason {
        /** The register is on a database server (PostgreSQL): the server keeps its own files, nothing to do here. */
        SERVER_DATABASE,
        /** The register is in memory or not a plain H2 file this compaction can rewrite. */
        NOT_A_FILE,
        /** No register file at the configured place. */
        NO_REGISTER,
        /** A process (irm run, irm serve, another command, another compaction) has the register open. */
        IN_USE,
        /** Not enough free disk space beside the register for the work copy. */
        NO_SPACE,
        /** The compacted copy did not read back the same as the register: the copy was dropped. */
        COPY_DIFFERS
    }

    private final Reason reason;

    CompactionRefused(Reason reason, String message) {
        this(reason, message, null);
    }

    CompactionRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
