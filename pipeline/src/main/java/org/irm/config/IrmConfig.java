package org.irm.config;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;

/**
 * The pipeline's configuration: one properties file (optional), overridden by the environment,
 * falling back to each {@link Setting}'s default.
 */
public final class IrmConfig {

    private final Properties file;
    private final Map<String, String> environment;
    private Clock clock;

    private IrmConfig(Properties file, Map<String, String> environment) {
        this.file = file;
        this.environment = Map.copyOf(environment);
    }

    /** Defaults and environment only: what a user gets with no configuration file. */
    public static IrmConfig defaults() {
        return new IrmConfig(new Properties(), System.getenv());
    }

    /**
     * Reads a properties file (UTF-8) under the environment's overrides.
     *
     * @throws ConfigurationException when the file cannot be read
     */
    public static IrmConfig load(Path propertiesFile, Map<String, String> environment) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the configuration file " + propertiesFile + ": " + e.getMessage());
        }
        return new IrmConfig(properties, environment);
    }

    /** A configuration from explicit values (tests, embedding). */
    public static IrmConfig of(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return new IrmConfig(properties, Map.of());
    }

    public String get(Setting setting) {
        String fromEnvironment = environment.get(setting.environmentName());
        if (fromEnvironment != null) {
            return fromEnvironment.trim();
        }
        return file.getProperty(setting.key(), setting.defaultValue()).trim();
    }

    public int getInt(Setting setting) {
        String value = get(setting);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(setting.key() + " must be a whole number, not '" + value + "'");
        }
    }

    /** A path setting resolved against {@link Setting#HOME}. */
    public Path path(Setting setting) {
        Path home = Path.of(get(Setting.HOME));
        return home.resolve(get(setting)).normalize();
    }

    public Path home() {
        return Path.of(get(Setting.HOME)).toAbsolutePath().normalize();
    }

    /**
     * The pipeline's clock, in UTC: the system's, or with {@link Setting#CLOCK_START} the instant set,
     * running on from the moment this home first read it (one timeline for every command and
     * process of the home: see {@link ClockAnchor}). Made once per configuration.
     *
     * @throws ConfigurationException when the setting is not an ISO-8601 instant or its anchor cannot be kept
     */
    public synchronized Clock clock() {
        if (clock == null) {
            String start = get(Setting.CLOCK_START);
            clock = start.isEmpty() ? Clock.systemUTC() : ClockAnchor.clock(start, home(), Clock.systemUTC());
        }
        return clock;
    }

    /**
     * This pipeline instance's name among several on one shared inbox and mailbox (its claims and the
     * arrival records it writes carry it): as configured, else the host name and the home folder, so
     * a restarted instance knows its own unfinished work.
     */
    public String instanceId() {
        String configured = get(Setting.INSTANCE_ID).trim();
        if (!configured.isEmpty()) {
            return configured;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + home().toAbsolutePath();
    }

    /** Bundled templates, overridden by the configured folder when one is set. */
    public TemplateSource templates() {
        String folder = get(Setting.TEMPLATES);
        return folder.isEmpty() ? TemplateSource.bundled() : TemplateSource.withOverrides(path(Setting.TEMPLATES));
    }
}
