package org.irm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The irm command as a user runs it in the tests: with their configuration file, output captured. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code irm ARGS --config CONFIG}, printing into out and err; returns the exit code. */
    static int run(Path config, StringWriter out, StringWriter err, String... args) {
        CommandLine command = Irm.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] withConfig = Stream.concat(Stream.of(args), Stream.of("--config", config.toString())).toArray(String[]::new);
        return command.execute(withConfig);
    }

    /** The one Word document in a folder (the first, when there are several). */
    static Path onlyDocx(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
    }
}
