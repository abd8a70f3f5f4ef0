package org.irm.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.register.Register;
import org.irm.report.ReportKind;
import org.irm.report.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a State's report drafts in its outbox up to date while the pipeline runs: each time the
 * desk registers something of that State, its drafts are regenerated ({@link
 * ReportService#regenerateIfChanged}: a new draft only when the inputs changed) on a thread of
 * their own, one State after another, so intake is never slowed or stopped by a draft. A State
 * already waiting for its drafts is not queued twice. A failure is one line in the log.
 */
public final class DraftRegeneration implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DraftRegeneration.class);

    private final ReportService reports;
    private final Path outboxRoot;
    private final List<Language> languages;
    private final List<ReportKind> kinds;
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "irm-drafts");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param outboxRoot the outbox; a State's drafts go to {@code <outbox>/<ISO3>/}
     * @param languages  the drafts' languages, or empty for each review's own language
     */
    public DraftRegeneration(ReportService reports, Path outboxRoot, List<Language> languages, List<ReportKind> kinds) {
        this.reports = reports;
        this.outboxRoot = outboxRoot;
        this.languages = List.copyOf(languages);
        this.kinds = List.copyOf(kinds);
    }

    /** The regeneration the settings ask for ({@code irm.reports.*}), or null when it is off. */
    public static DraftRegeneration open(IrmConfig config, Register register, Clock clock) {
        if (!Boolean.parseBoolean(config.get(Setting.REPORTS_AUTO).trim())) {
            return null;
        }
        try {
            ReportService reports = ReportService.open(config, register, clock);
            return new DraftRegeneration(reports, config.path(Setting.WATCH_ROOT).toAbsolutePath().resolve("outbox"),
                    list(config, Setting.REPORTS_LANGUAGES).stream().map(Language::of).toList(),
                    list(config, Setting.REPORTS_KINDS).stream().map(ReportKind::of).toList());
        } catch (IOException | CatalogueException | IllegalArgumentException e) {
            throw new ConfigurationException("Report drafts cannot be regenerated (" + Setting.REPORTS_AUTO.key()
                    + "=true): " + e.getMessage());
        }
    }

    /** Queues the State's drafts for regeneration and returns at once. */
    public void regenerate(String state) {
        if (waiting.add(state)) {
            worker.execute(() -> {
                waiting.remove(state);
                draft(state);
            });
        }
    }

    private void draft(String state) {
        try {
            List<Language> asked = languages.isEmpty() ? List.of(reports.review(state).reviewLanguage()) : languages;
            for (ReportService.Outcome outcome : reports.regenerateIfChanged(state, asked, kinds,
                    outboxRoot.resolve(state))) {
                LOG.info("Draft {} {} of {}: {} {}", outcome.kind().code(), outcome.language().code(), state,
                        outcome.status(), outcome.file().getFileName());
            }
        } catch (IllegalArgumentException e) {
            LOG.info("No drafts for {}: {}", state, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Drafts of {} not regenerated: {} (intake goes on; the next return of {} tries again)", state,
                    e.getMessage(), state);
        }
    }

    /** Waits until every regeneration queued so far is done (tests, orderly stop). */
    public void awaitQueued(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeout, unit);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Drafts still being regenerated after " + timeout + " " + unit, e);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
    }

    private static List<String> list(IrmConfig config, Setting setting) {
        return Arrays.stream(config.get(setting).split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
