package org.irm.lots;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event log as a file of JSON lines ({@code events.jsonl}), appended to and never rewritten,
 * kept beside a history folder's files when the secretariat draws outside the register.
 */
public final class EventLogFile implements DrawLog {

    private final Path file;

    public EventLogFile(Path file) {
        this.file = file;
    }

    @Override
    public void append(DrawEvent event) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", event.at().toString());
        line.put("kind", event.kind().code());
        line.put("mechanism", event.mechanism());
        line.put("cycle", (long) event.cycle());
        line.put("year", (long) event.year());
        line.put("actor", event.actor());
        line.put("summary", event.summary());
        line.put("record", event.recordHash());
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, Json.line(line) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }
}
