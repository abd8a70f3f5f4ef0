package org.irm.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}: where a command writes a State's files (checklists, review copies, merged
 * reviews, report drafts); by default that State's folder in the outbox, where the secretariat and
 * the mail dispatch look for them.
 */
final class OutboxFolder {

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to (default: watch-folders/outbox/<ISO3>).")
    Path out;

    /** The folder named by {@code --out}, else {@code <irm.watch.root>/outbox/<ISO3>}. */
    Path forState(IrmConfig config, String iso3) {
        return out != null ? out
                : config.path(Setting.WATCH_ROOT).resolve("outbox").resolve(iso3.toUpperCase(Locale.ROOT));
    }
}
