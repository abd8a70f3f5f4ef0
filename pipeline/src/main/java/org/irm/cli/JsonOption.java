package org.irm.cli;

import picocli.CommandLine.Option;

/** {@code --json}: the command prints JSON (keys in the README) for scripts instead of text for people. */
final class JsonOption {

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    boolean json() {
        return json;
    }
}
