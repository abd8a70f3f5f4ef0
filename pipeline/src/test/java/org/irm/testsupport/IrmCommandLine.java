package org.irm.testsupport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.irm.cli.Irm;
import org.irm.config.IrmConfig;
import picocli.CommandLine;

/**
 * The {@code irm} command as a user runs it, in a test: a home folder of its own with an
 * {@code irm.properties} naming it, every command run with {@code --config} that file, what it
 * prints to standard output and standard error kept for the test to read.
 */
public final class IrmCommandLine {

    private final Path home;
    private final Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private IrmCommandLine(Path home, Path config) {
        this.home = home;
        this.config = config;
    }

    /**
     * Writes {@code HOME/irm.properties} with {@code irm.home=HOME} and these settings
     * ({@code key=value}, one a line), and runs irm with it.
     */
    public static IrmCommandLine in(Path home, String... settings) {
        StringBuilder properties = new StringBuilder("irm.home=").append(home).append('\n');
        for (String setting : settings) {
            properties.append(setting).append('\n');
        }
        try {
            return new IrmCommandLine(home, Files.writeString(home.resolve("irm.properties"), properties,
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets one setting in {@code HOME/irm.properties} (replacing its line, else adding one): the
     * commands run after, and the {@code irm run} processes started after, read it.
     */
    public IrmCommandLine set(String key, String value) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
            lines.removeIf(line -> line.startsWith(key + "="));
            lines.add(key + "=" + value);
            Files.write(config, lines, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code irm ARGS --config HOME/irm.properties}, built as irm's main builds it; returns its exit code. */
    public int run(String... args) {
        CommandLine command = Irm.commandLine(args);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(Stream.concat(Stream.of(args), Stream.of("--config", config.toString()))
                .toArray(String[]::new));
    }

    /** All irm printed to standard output since the start or the last {@link #clearOutput()}. */
    public String out() {
        return out.toString();
    }

    /** All irm printed to standard error since the start or the last {@link #clearOutput()}. */
    public String err() {
        return err.toString();
    }

    /** Forgets what was printed so far, so that the next command's output can be read alone. */
    public void clearOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    public Path home() {
        return home;
    }

    /** The {@code irm.properties} every command runs with. */
    public Path config() {
        return config;
    }

    /** The settings the commands run with, as irm reads them (for opening the same register). */
    public IrmConfig settings() {
        return IrmConfig.load(config, Map.of());
    }

    /** The one Word document in a folder (the first by name, when there are several). */
    public static Path onlyDocx(Path folder) {
        return onlyDocx(folder, "");
    }

    /** The one Word document in a folder whose name starts with the prefix (the first by name, when there are several). */
    public static Path onlyDocx(Path folder, String prefix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".docx"))
                    .sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("No " + prefix + "*.docx in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
