package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The options each command's {@code --help} lists are the interface the README documents: shared
 * option declarations (the {@code --state}, {@code --json} and {@code --review} mixins) must not change
 * a name, label, default or description a user reads. {@code help-options.txt} holds, per command, the
 * option rows its help listed when they were folded into mixins; every row must still be listed, word
 * for word. A command may gain options; changing one on purpose means changing its row there too.
 */
class HelpOptionsTest {

    private static final String RECORDED = "/cli/help-options.txt";

    /** Where {@link HelpLayout} starts a description: a line indented so far continues the row above. */
    private static final int HELP_DESCRIPTION_COLUMN = 28;

    @Test
    void everyCommandStillListsTheOptionsItsHelpListed() throws IOException {
        Map<String, List<String>> recorded = recorded();
        Map<String, List<String>> now = optionRows(Irm.commandLine(), new LinkedHashMap<>());

        assertThat(recorded).as("commands recorded").hasSizeGreaterThan(40);
        recorded.forEach((command, rows) -> assertThat(now.get(command)).as(command + " --help").containsAll(rows));
    }

    @Test
    void aStateCodeOptionKeepsItsLabelAndDescription() {
        List<String> rows = optionRows(Irm.commandLine(), new LinkedHashMap<>()).get("irm dialogue send");

        assertThat(rows).contains("      --state=ISO3          State under review (ISO 3166 alpha-3).");
    }

    /** The rows of the options section of the help of this command and its subcommands, by qualified name. */
    static Map<String, List<String>> optionRows(CommandLine command, Map<String, List<String>> rows) {
        StringWriter help = new StringWriter();
        command.usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
        List<String> options = new ArrayList<>();
        boolean inOptions = false;
        for (String line : help.toString().lines().toList()) {
            if (isOptionRow(line)) {
                options.add(line.stripTrailing());
                inOptions = true;
            } else if (inOptions && line.startsWith(" ".repeat(HELP_DESCRIPTION_COLUMN))) {
                options.set(options.size() - 1, options.get(options.size() - 1) + "\n" + line.stripTrailing());
            } else {
                inOptions = false;
            }
        }
        rows.put(command.getCommandSpec().qualifiedName(), options);
        command.getSubcommands().values().stream().distinct().forEach(sub -> optionRows(sub, rows));
        return rows;
    }

    /** A row of the options list (not a line of a description that starts with an option's name). */
    private static boolean isOptionRow(String line) {
        return line.matches(" {2}-\\w, --?[\\w-]+.*| {6}--[\\w-]+.*");
    }

    private static Map<String, List<String>> recorded() throws IOException {
        Map<String, List<String>> recorded = new LinkedHashMap<>();
        try (InputStream in = HelpOptionsTest.class.getResourceAsStream(RECORDED)) {
            assertThat(in).as(RECORDED).isNotNull();
            String command = null;
            List<String> row = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.startsWith("## ")) {
                    command = line.substring(3);
                    recorded.put(command, new ArrayList<>());
                } else if (isOptionRow(line)) {
                    recorded.get(command).add(line);
                } else if (!line.isBlank()) {
                    List<String> rows = recorded.get(command);
                    rows.set(rows.size() - 1, rows.get(rows.size() - 1) + "\n" + line);
                }
            }
        }
        return recorded;
    }
}
