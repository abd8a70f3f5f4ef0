package org.irm.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The pipeline's clock when {@link Setting#CLOCK_START} sets it: the instant set, at the moment the
 * first command or {@code irm run} of this home read that value, running on at the system clock's
 * pace from there. The moment is kept in {@code .irm/clock.anchor} under {@code irm.home} with the
 * value it belongs to, so every command and process of the home shares one timeline that never
 * goes back (facts recorded one after the other stay in that order), files still settle and claims
 * still expire; a new value starts a new timeline.
 */
final class ClockAnchor {

    static final String FILE = ".irm/clock.anchor";

    private ClockAnchor() {
    }

    /**
     * The clock for the value of {@code irm.clock.start}, anchored in the home's anchor file.
     *
     * @throws ConfigurationException when the value is not an instant or the anchor cannot be kept
     */
    static Clock clock(String start, Path home, Clock system) {
        Instant at;
        try {
            at = Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(Setting.CLOCK_START.key() + " must be an instant such as "
                    + "2027-03-06T09:00:00Z, not '" + start + "'");
        }
        Path file = home.resolve(FILE);
        try {
            Instant anchor = anchorOf(file, start);
            if (anchor == null) {
                anchor = system.instant();
                Files.createDirectories(file.getParent());
                Path written = Files.createTempFile(file.getParent(), "clock", ".tmp");
                Files.writeString(written, start + "\n" + anchor + "\n", StandardCharsets.UTF_8);
                // Whole or not at all: another command reading at the same moment sees the old value or this one.
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return Clock.offset(system, Duration.between(anchor, at));
        } catch (IOException e) {
            throw new ConfigurationException("Cannot keep the clock's anchor at " + file + " (irm.clock.start): "
                    + e.getMessage());
        }
    }

    /** When the value was first read, or null when the file is missing, unreadable or for another value. */
    private static Instant anchorOf(Path file, String start) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(start)) {
            return null;
        }
        try {
            return Instant.parse(lines.get(1).trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
