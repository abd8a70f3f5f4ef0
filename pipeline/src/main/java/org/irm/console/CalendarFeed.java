package org.irm.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar as an iCalendar feed (RFC 5545, written by ical4j): one all-day event per entry,
 * named in the viewer's language, with a stable UID (review and milestone) so a calendar program
 * that imports the feed again updates its events instead of doubling them.
 */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String of(List<CalendarEntry> entries, Map<String, String> labels) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//IRM Pipeline//console//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (CalendarEntry entry : entries) {
            String milestone = labels.getOrDefault("milestone." + entry.milestone(), entry.milestone());
            VEvent event = new VEvent(entry.date(), entry.name() + " (" + entry.state() + "): " + milestone);
            event.add(new Uid(entry.reviewId() + "/" + entry.milestone() + "@irm"));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
