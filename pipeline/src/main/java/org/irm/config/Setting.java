package org.irm.config;

/**
 * Every setting the pipeline reads, with its default and what it is for. The properties file uses
 * the key ({@code irm.watch.root=...}); the environment overrides it with the key upper-cased and
 * dots turned into underscores ({@code IRM_WATCH_ROOT}). Defaults work with no file at all.
 */
public enum Setting {
    HOME("irm.home", ".", "Working folder of this pipeline instance; relative paths below resolve against it."),
    TEMPLATES("irm.templates", "", "Folder whose templates override the bundled ones, file by file (empty: bundled only)."),
    WATCH_ROOT("irm.watch.root", "watch-folders", "Root of the inbox, reviews, outbox, archive and rejected folders."),
    SECRET_KEY("irm.secret.key", "", "The secretariat's key for sealing checklist identities (at least 16 characters). "
            + "Prefer the environment (IRM_SECRET_KEY) or irm.secret.file; never commit it."),
    SECRET_FILE("irm.secret.file", ".irm/secret.key", "File holding the sealing key; created with a random key on first use "
            + "when neither it nor irm.secret.key exists."),
    INSTRUMENT("irm.instrument", "uncac", "Instrument whose catalogue is used when a command does not say."),
    CYCLE("irm.cycle", "2", "Review cycle whose catalogue is used when a command does not say."),
    MAX_FILE_MB("irm.limits.file.mb", "50", "Largest file accepted, in megabytes."),
    DB_URL("irm.db.url", "jdbc:h2:file:./irm-data/register;AUTO_SERVER=FALSE", "JDBC URL of the register: embedded H2 "
            + "by default (a relative file path resolves against irm.home), PostgreSQL (jdbc:postgresql://...) for "
            + "several pipeline instances."),
    DB_USER("irm.db.user", "irm", "User name for the register's database."),
    DB_PASSWORD("irm.db.password", "", "Password for the register's database. Prefer the environment (IRM_DB_PASSWORD); "
            + "never commit it."),
    REPORT_SYMBOL("irm.report.symbol", "CAC/COSP/IRG/II/1/1/Add.x", "Document symbol in the header of report drafts; "
            + "{state} stands for the State's ISO3 code, {kind} for report or summary."),
    SUMMARY_MAX_WORDS("irm.report.summary.maxWords", "1000", "Most words an executive summary may have (the blueprint's "
            + "1,000); a longer one is a finding shown to the secretariat and logged in the register.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The environment variable that overrides this setting. */
    public String environmentName() {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
