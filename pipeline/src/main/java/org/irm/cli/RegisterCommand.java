package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.register.CompactedRegister;
import org.irm.register.CompactionRefused;
import org.irm.register.RegisterCompaction;
import org.irm.register.RegisterDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code irm register}: looking after the register's own files. */
@Command(name = "register", mixinStandardHelpOptions = true,
        header = "Look after the register's files (the embedded H2 database).",
        subcommands = {RegisterCommand.Compact.class})
public final class RegisterCommand extends CommandGroup {

    /** {@code irm register compact}. */
    @Command(name = "compact", mixinStandardHelpOptions = true,
            header = "Compact the embedded register's file, keeping it only if every row reads back the same.",
            description = {
                "H2 compacts a copy of register.mv.db beside it; the copy replaces the register (in one rename) only",
                "when its schema and every table's rows (count and a digest of all values) are the same as the",
                "register's. Otherwise the copy is dropped and the register left as it was. Stop irm run and irm serve",
                "first: a register open in any process is refused. Needs free space for a copy (twice the file's size).",
                "A register on PostgreSQL has nothing to compact here."
            })
    static final class Compact implements Callable<Integer> {

        @Mixin
        JsonOption output;

        @Mixin
        ConfigOptions configOptions;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException {
            PrintWriter out = spec.commandLine().getOut();
            CompactedRegister compacted;
            try {
                compacted = new RegisterCompaction(RegisterDatabase.from(configOptions.config())).compact();
            } catch (CompactionRefused refused) {
                return refusal(refused, out);
            }
            if (output.json()) {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("compacted", true);
                report.put("file", compacted.file().toString());
                report.put("bytesBefore", compacted.bytesBefore());
                report.put("bytesAfter", compacted.bytesAfter());
                report.put("tables", compacted.tables());
                report.put("rows", compacted.rows());
                report.put("seconds", compacted.took().toMillis() / 1000.0);
                printJson(report, out);
            } else {
                out.printf(Locale.ROOT, "Compacted the register %s: %.1f MB before, %.1f MB after (%.1fx smaller), in %.1f s;"
                        + " %d tables, %d rows read back the same.%n", compacted.file(), compacted.bytesBefore() / 1e6,
                        compacted.bytesAfter() / 1e6, compacted.bytesBefore() / (double) Math.max(1, compacted.bytesAfter()),
                        compacted.took().toMillis() / 1000.0, compacted.tables(), compacted.rows());
            }
            return 0;
        }

        private static void printJson(Map<String, Object> report, PrintWriter out) throws JsonProcessingException {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        }

        /** Nothing to compact is no failure; a register in use or missing is the user's to fix; a copy that differed is not. */
        private int refusal(CompactionRefused refused, PrintWriter out) throws JsonProcessingException {
            switch (refused.reason()) {
                case SERVER_DATABASE, NOT_A_FILE -> {
                    if (output.json()) {
                        Map<String, Object> report = new LinkedHashMap<>();
                        report.put("compacted", false);
                        report.put("reason", refused.reason().name());
                        report.put("message", refused.getMessage());
                        printJson(report, out);
                    } else {
                        out.println(refused.getMessage());
                    }
                    return 0;
                }
                case COPY_DIFFERS -> {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + refused.getMessage());
                    return UserFacingErrors.INTERNAL_ERROR;
                }
                default -> throw new UserInputException(refused.getMessage());
            }
        }
    }
}
