package org.irm.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * How {@code --help} lays its text out, for every command of the tree: lines break at spaces only,
 * so a file name, setting or option ({@code irm.properties}, {@code watch-folders/outbox/<ISO3>})
 * is never cut in two (picocli's own layout breaks lines where Java's line breaker allows, after a
 * dot or a slash too). A description written as several source lines is one paragraph; a line
 * ending a sentence ({@code .}, {@code :}, {@code ;}) or an empty line starts a new one.
 */
final class HelpLayout {

    /** Where an option's or command's description starts. */
    private static final int DESCRIPTION_COLUMN = 28;

    private HelpLayout() {
    }

    /** Lays out the help of this command and of all its subcommands. */
    static void install(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_HEADER, help -> paragraphs(help, help.commandSpec().usageMessage().header()));
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> paragraphs(help, help.commandSpec().usageMessage().description()));
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
        commandLine.setHelpSectionMap(sections);
        commandLine.getSubcommands().values().stream().distinct().forEach(HelpLayout::install);
    }

    private static String paragraphs(Help help, String[] lines) {
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(stripped);
            }
            if (stripped.isEmpty() || stripped.endsWith(".") || stripped.endsWith(":") || stripped.endsWith(";")) {
                if (paragraph.length() > 0) {
                    text.append(wrap(paragraph.toString(), 0, width(help)));
                    paragraph.setLength(0);
                } else if (stripped.isEmpty() && text.length() > 0) {
                    text.append('\n');
                }
            }
        }
        if (paragraph.length() > 0) {
            text.append(wrap(paragraph.toString(), 0, width(help)));
        }
        return text.toString();
    }

    private static String options(Help help) {
        CommandSpec spec = help.commandSpec();
        List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
        if (spec.usageMessage().sortOptions()) {
            options.sort(Comparator.comparing(o -> sortKey(o.longestName())));
        }
        StringBuilder text = new StringBuilder();
        for (OptionSpec option : options) {
            boolean hasShortName = option.shortestName().length() == 2;
            // Long names line up after the short ones' "-h, ", as picocli lays them out.
            String names = (hasShortName ? "" : "    ") + String.join(", ", option.names());
            row(text, help, names + label(help, option), description(option.description()));
        }
        return text.toString();
    }

    private static String parameters(Help help) {
        StringBuilder text = new StringBuilder();
        for (PositionalParamSpec parameter : help.commandSpec().positionalParameters()) {
            if (!parameter.hidden()) {
                row(text, help, "    " + help.createDefaultParamLabelRenderer()
                        .renderParameterLabel(parameter, help.ansi(), List.of()).plainString().strip(),
                        description(parameter.description()));
            }
        }
        return text.toString();
    }

    private static String commands(Help help) {
        StringBuilder text = new StringBuilder();
        help.commandSpec().subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.usageMessage().hidden() && name.equals(spec.name())) {
                String[] header = spec.usageMessage().header();
                String[] description = spec.usageMessage().description();
                row(text, help, name, header.length > 0 ? header[0] : description.length > 0 ? description[0] : "");
            }
        });
        return text.toString();
    }

    private static String label(Help help, ArgSpec arg) {
        return arg.arity().max() == 0 ? ""
                : help.createDefaultParamLabelRenderer().renderParameterLabel(arg, help.ansi(), List.of()).plainString();
    }

    private static String description(String[] lines) {
        return String.join(" ", Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    /** Two columns: the name from column 2, its description from {@link #DESCRIPTION_COLUMN}; a long name gets a line of its own. */
    private static void row(StringBuilder text, Help help, String name, String description) {
        String left = "  " + name;
        String body = wrap(description, DESCRIPTION_COLUMN, width(help));
        if (left.length() + 2 > DESCRIPTION_COLUMN) {
            text.append(left).append('\n').append(body.isEmpty() ? "" : body);
        } else if (body.isEmpty()) {
            text.append(left).append('\n');
        } else {
            text.append(left).append(body.substring(left.length()));
        }
    }

    /** The text in lines of at most {@code width} characters, each indented, broken at spaces only. */
    static String wrap(String text, int indent, int width) {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int room = Math.max(20, width - indent);
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                lines.append(" ".repeat(indent)).append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.append(" ".repeat(indent)).append(line).append('\n');
        }
        return lines.toString();
    }

    private static int width(Help help) {
        return help.commandSpec().usageMessage().width();
    }

    private static String sortKey(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }
}
