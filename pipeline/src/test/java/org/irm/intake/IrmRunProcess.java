package org.irm.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code irm run} as its own process (its own JVM on the test's class path), as an operator starts
 * it with a configuration file; its output goes to {@code <name>.log} beside the configuration.
 */
public final class IrmRunProcess implements AutoCloseable {

    final String name;
    private final Process process;
    private final Path log;

    private IrmRunProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static IrmRunProcess start(String name, Path config) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.irm.cli.Irm", "run", "--config", config.toString());
        Path log = config.resolveSibling(name + ".log");
        Process process = new ProcessBuilder(command).directory(config.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new IrmRunProcess(name, process, log);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no finally block, no route stopping runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still runs 60 s after kill -9");
        }
    }

    /** SIGTERM, as a service manager stops it; true when it ended within a minute. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    /** What it printed, for a failure's message. */
    public String log() {
        try {
            return "--- " + name + " (" + (alive() ? "running" : "exit " + process.exitValue()) + ")\n"
                    + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
