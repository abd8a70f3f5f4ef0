package org.irm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.config.IrmConfig;
import picocli.CommandLine.Option;

/** The options every command shares: where the configuration comes from. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with settings (default: irm.properties in the current folder if present; "
                    + "environment variables override it).")
    Path configFile;

    IrmConfig config() {
        Path file = configFile != null ? configFile : Path.of("irm.properties");
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new UserInputException("No configuration file at " + configFile);
        }
        return Files.isRegularFile(file) ? IrmConfig.load(file, System.getenv()) : IrmConfig.defaults();
    }
}
