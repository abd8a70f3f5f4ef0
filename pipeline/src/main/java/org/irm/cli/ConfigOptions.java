package org.irm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.folders.OutputFolder;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the configuration comes from. Reading it also sets what
 * holds for the whole process: the mode of the files written into the output folders.
 */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with settings (default: irm.properties in the current folder if present; "
                    + "environment variables override it).")
    Path configFile;

    IrmConfig config() {
        return load(configFile);
    }

    /** The settings {@code --config FILE} names, else those of irm.properties in the current folder, else the defaults. */
    static IrmConfig load(Path configFile) {
        Path file = configFile != null ? configFile : Path.of("irm.properties");
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new UserInputException("No configuration file at " + configFile);
        }
        IrmConfig config = Files.isRegularFile(file) ? IrmConfig.load(file, System.getenv()) : IrmConfig.defaults();
        try {
            OutputFolder.useFileMode(config.get(Setting.OUTPUT_FILE_MODE));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Setting.OUTPUT_FILE_MODE.key() + ": " + e.getMessage());
        }
        return config;
    }
}
