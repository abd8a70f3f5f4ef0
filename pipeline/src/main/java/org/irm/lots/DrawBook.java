package org.irm.lots;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.irm.register.Register;

/**
 * Where the lots desk keeps what draws leave behind: the past reviews a draw counts, the reviews it
 * creates and the log of every draw and redraw. Either the register ({@link #register}) or a history
 * folder of files ({@link #folder}); {@link #dryRun} keeps the reading side and records nothing.
 */
public interface DrawBook {

    /** Past reviews, read by draws, redraws, verification and year plans. */
    ReviewHistory history();

    /** Where the reviews of a published draw are recorded. */
    ReviewSchedule schedule();

    /** Where draws, redraws, refusals and blocked draws are logged. */
    DrawLog log();

    /** A history folder (reviews.csv, deadlines.csv, summaries.csv, events.jsonl) in the register's place. */
    static DrawBook folder(Path folder) {
        HistoryFolder files = new HistoryFolder(folder);
        EventLogFile log = new EventLogFile(folder.resolve("events.jsonl"));
        return new DrawBook() {
            @Override
            public ReviewHistory history() {
                return files;
            }

            @Override
            public ReviewSchedule schedule() {
                return files;
            }

            @Override
            public DrawLog log() {
                return log;
            }
        };
    }

    /** The register's reviews and event log; the register is opened the first time one of them is needed. */
    static DrawBook register(Supplier<Register> opener, Clock clock) {
        return new DrawBook() {
            private Register register;

            private Register register() {
                if (register == null) {
                    register = opener.get();
                }
                return register;
            }

            @Override
            public ReviewHistory history() {
                return new RegisterHistory(register(), clock);
            }

            @Override
            public ReviewSchedule schedule() {
                return new RegisterHistory(register(), clock);
            }

            @Override
            public DrawLog log() {
                return new RegisterDrawLog(register());
            }
        };
    }

    /** This book's history, with nothing recorded and nothing logged. */
    default DrawBook dryRun() {
        DrawBook reading = this;
        return new DrawBook() {
            @Override
            public ReviewHistory history() {
                return reading.history();
            }

            @Override
            public ReviewSchedule schedule() {
                return (mechanism, cycle, year, reviews, recordSha256) -> { };
            }

            @Override
            public DrawLog log() {
                return DrawLog.discard();
            }
        };
    }
}
