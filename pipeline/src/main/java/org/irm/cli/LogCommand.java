package org.irm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.irm.register.Event;
import org.irm.register.LoggedEvent;
import org.irm.register.Register;
import org.irm.submission.LogText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code irm log}: the register's audit log, every change with who, when, what and from which file. */
@Command(name = "log", mixinStandardHelpOptions = true,
        header = "Print the audit log: every change the pipeline recorded, who made it, when, and from which file.",
        description = {
            "Checklists issued and sent, files received (accepted, refused, duplicate, held, released, answered),",
            "draws and redraws, reviews created and moved between stages (forced moves with their reason), focal",
            "points and experts registered, review copies issued, received and merged, report blocks and drafts.",
            "Oldest first. Each event names the State it concerns when its subject tells one (--state selects by it)."
        })
public final class LogCommand implements Callable<Integer> {

    @Option(names = "--state", paramLabel = "ISO3", converter = Iso3Code.class,
            description = "Only the events concerning this State.")
    String state;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only events at or after this date (YYYY-MM-DD, from 00:00 UTC) or instant (2026-12-06T10:00:00Z).")
    String since;

    @Mixin
    JsonOption output;

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        List<LoggedEvent> events;
        try (Register register = Register.open(configOptions.config())) {
            events = register.log(state, since == null ? null : instant(since));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (LoggedEvent logged : events) {
                Event event = logged.event();
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", event.id());
                item.put("at", event.at().toString());
                item.put("state", logged.state());
                item.put("actor", event.actor());
                item.put("action", event.action());
                item.put("subject", event.subject());
                item.put("fileSha256", event.fileSha256());
                item.put("detail", event.detail());
                items.add(item);
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("events", items)));
            return 0;
        }
        for (LoggedEvent logged : events) {
            Event event = logged.event();
            // Actors, subjects and details may quote what a sender chose (an address, a file name): one line each.
            out.printf("%s  %-3s  %-24s %-22s %s%s%n", event.at(), logged.state() == null ? "-" : logged.state(),
                    LogText.of(event.actor()), event.action(), event.subject() == null ? "-" : LogText.of(event.subject()),
                    event.detail() == null ? "" : "  " + LogText.of(event.detail()));
        }
        if (events.isEmpty()) {
            out.println("No events" + (state == null ? "" : " concerning " + state) + (since == null ? "" : " since " + since)
                    + ".");
        }
        return 0;
    }

    private static Instant instant(String text) {
        String value = text.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserInputException("'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31, or as an instant, e.g. 2026-12-06T10:00:00Z");
        }
    }
}
