package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reviews' calendar over HTTP: each user's calendar and iCalendar feed hold the reviews it may
 * see; the public calendar, without login, holds the country visits and nothing else.
 */
class ConsoleCalendarTest {

    @RegisterExtension
    static final ServedConsole console = new ServedConsole();

    @Test
    void aFocalPointsCalendarAndFeedHoldItsOwnReviewsDeadlinesOnly() throws Exception {
        ConsoleClient kenya = console.loggedIn("kenya");

        String page = kenya.get("/calendar").body();
        HttpResponse<String> feed = kenya.get("/calendar.ics");

        assertThat(page).contains("31 March 2027", "Self-assessment checklist", "12 October 2027", "Country dialogue")
                .doesNotContain("BRA");
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20271012", "SUMMARY:Kenya (KEN): Country dialogue", "UID:uncac-2-KEN/countryDialogue@irm")
                .doesNotContain("BRA");
        assertThat(feed.body().split("BEGIN:VEVENT", -1)).hasSize(4);
    }

    @Test
    void theSecretariatsFeedHoldsEveryReview() throws Exception {
        ConsoleClient secretariat = console.loggedIn("secretariat");

        assertThat(secretariat.get("/calendar.ics").body()).contains("uncac-2-KEN/", "uncac-2-BRA/");
    }

    @Test
    void thePublicCalendarShowsTheCountryVisitsWithoutLoginAndNothingElse() throws Exception {
        ConsoleClient anyone = console.client();

        HttpResponse<String> page = anyone.get("/public/calendar");
        String feed = anyone.get("/public/calendar.ics?lang=fr").body();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("12 October 2027", "Kenya (KEN)", "2 November 2027", "Brazil (BRA)")
                .doesNotContain("31 March 2027").doesNotContain(ConsoleFixture.KENYA_SCRIPT).doesNotContain("uncac-2-KEN");
        assertThat(feed).contains("SUMMARY:Kenya (KEN): Dialogue avec le pays").doesNotContain("selfAssessment");
        assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(anyone.get("/calendar").statusCode()).isEqualTo(302);
    }
}
