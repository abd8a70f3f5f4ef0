package org.irm.notice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;

/**
 * The sessions of the Implementation Review Group, as the secretariat lists them in
 * {@code templates/reminders/irg-sessions.properties} ({@code 2027-06-14 = Sixteenth session, Vienna}):
 * follow-up updates are due before each.
 *
 * @param sessions earliest first
 */
public record IrgSessions(List<Session> sessions) {

    /** Where the sessions are read from, under the templates. */
    public static final String PATH = "reminders/irg-sessions.properties";

    /** One session: its first day and its name. */
    public record Session(LocalDate date, String name) { }

    public IrgSessions {
        sessions = sessions.stream().sorted(Comparator.comparing(Session::date)).toList();
    }

    /** The session before this one, if there is one. */
    public LocalDate previous(LocalDate date) {
        LocalDate previous = null;
        for (Session session : sessions) {
            if (session.date().isBefore(date)) {
                previous = session.date();
            }
        }
        return previous;
    }

    /** Reads the sessions from the templates; none when the file is absent. */
    public static IrgSessions load(TemplateSource templates) {
        if (!templates.exists(PATH)) {
            return new IrgSessions(List.of());
        }
        try (TemplateSource.Template source = templates.open(PATH)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(source.stream(), StandardCharsets.UTF_8));
            List<Session> sessions = new ArrayList<>();
            for (String key : properties.stringPropertyNames()) {
                try {
                    sessions.add(new Session(LocalDate.parse(key.trim()), properties.getProperty(key).trim()));
                } catch (DateTimeParseException e) {
                    throw new ConfigurationException(source.location() + ": '" + key + "' is not a date; write each "
                            + "session as YYYY-MM-DD = name");
                }
            }
            return new IrgSessions(sessions);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the sessions of the Group " + PATH + ": " + e.getMessage(), e);
        }
    }
}
