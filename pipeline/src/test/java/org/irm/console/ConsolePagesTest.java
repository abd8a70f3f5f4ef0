package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's tracker, map, timeline, analyses and executive summaries over real HTTP on
 * 127.0.0.1: what each shows, counted from the register, and in the viewer's language with dates
 * in its words. Who may not see what is in {@link ConsoleSecurityTest}.
 */
class ConsolePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private static ConsoleFixture fixture;
    private static ConsoleServer server;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ConsoleFixture(home);
        fixture.users.add("secretariat-fr", Role.SECRETARIAT, null, ConsoleFixture.PASSWORD.toCharArray(), Language.FR, "test");
        fixture.users.add("kenya-ar", Role.FOCAL_POINT, "KEN", ConsoleFixture.PASSWORD.toCharArray(), Language.AR, "test");
        server = fixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        fixture.register.close();
    }

    private static ConsoleClient loggedIn(String login) throws Exception {
        ConsoleClient client = new ConsoleClient(server.port());
        assertThat(client.logIn(login, ConsoleFixture.PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    @Test
    void theTrackerCountsEachStatesItemsByTheirLatestStatus() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");

        JsonNode tracker = JSON.readTree(secretariat.get("/api/tracker").body());
        String page = secretariat.get("/tracker").body();

        assertThat(tracker.get("asOf").asText()).isEqualTo("2027-06-01");
        assertThat(tracker.get("states")).extracting(s -> s.get("state").asText()).containsExactly("BRA", "KEN");
        JsonNode kenya = tracker.get("states").get(1);
        assertThat(kenya.get("items").asInt()).isEqualTo(2);
        assertThat(kenya.get("byStatus").get("implemented").asInt()).isEqualTo(1);
        assertThat(kenya.get("byStatus").get("in-progress").asInt()).isEqualTo(1);
        assertThat(kenya.get("overdueSteps").asInt()).as("the step due 1 May 2027 is still in progress").isEqualTo(1);
        assertThat(tracker.get("states").get(0).get("byStatus").get("not-reported").asInt()).isEqualTo(1);
        assertThat(tracker.get("totals").get("implemented").asInt()).isEqualTo(1);
        assertThat(page).contains("id=\"tracker-chart\"", "/tracker/KEN", "/tracker/BRA", "Not yet reported");
    }

    @Test
    void aStatesTrackerListsItsItemsWithStatusLastUpdateAndOverdueSteps() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        String page = kenya.get("/tracker/KEN").body();
        JsonNode json = JSON.readTree(kenya.get("/api/tracker/KEN").body());

        assertThat(page).contains("Kenya should adopt a code of conduct for public officials", "Implemented", "In progress",
                "2 May 2027 09:00 UTC", "Ethics Commission");
        assertThat(json.get("items")).extracting(i -> i.get("status").asText()).containsExactly("implemented", "in-progress");
        assertThat(json.get("items").get(1).get("overdueSteps").asInt()).isEqualTo(1);
    }

    @Test
    void theMapGivesEachStateItsNumericCodeStageAndCompletion() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");

        JsonNode map = JSON.readTree(secretariat.get("/api/map").body());
        String page = secretariat.get("/map").body();

        assertThat(map.get("states")).extracting(s -> s.get("state").asText() + " " + s.get("numeric").asText() + " "
                + s.get("stage").asText()).containsExactly("BRA 076 self-assessment", "KEN 404 self-assessment");
        assertThat(page).contains("data-shapes=\"/vendor/world-atlas/countries-50m.json\"", "/vendor/topojson-client/");
        assertThat(secretariat.getBytes("/vendor/world-atlas/countries-50m.json").body().length)
                .as("the shapes are packed in the jar").isGreaterThan(100_000);
        assertThat(new ConsoleClient(server.port()).getBytes("/vendor/topojson-client/topojson-client.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theTimelineHoldsTheCalendarsDeadlinesWithDatesInTheViewersWords() throws Exception {
        ConsoleClient kenya = loggedIn("kenya-ar");

        JsonNode timeline = JSON.readTree(kenya.get("/api/calendar").body());
        String page = kenya.get("/calendar").body();

        assertThat(timeline.get("entries")).extracting(e -> e.get("date").asText() + " " + e.get("milestone").asText())
                .containsExactly("2027-03-31 selfAssessment", "2027-09-30 deskReview", "2027-10-12 countryDialogue");
        assertThat(timeline.get("entries").get(2).get("visit").asBoolean()).isTrue();
        assertThat(timeline.get("entries").get(2).get("dateText").asText()).isEqualTo("12 تشرين الأول/أكتوبر 2027");
        assertThat(page).contains("dir=\"rtl\"", "id=\"timeline-chart\"", "12 تشرين الأول/أكتوبر 2027", "كانون الثاني/يناير");
    }

    @Test
    void everyPageWritesItsDatesInTheViewersLanguage() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat-fr");

        assertThat(secretariat.get("/calendar").body()).contains("12 octobre 2027", "31 mars 2027").doesNotContain(">2027-10-12<");
        assertThat(secretariat.get("/tracker").body()).contains("1er juin 2027", "2 mai 2027 09:00 UTC");
        assertThat(secretariat.get("/states/KEN").body()).contains("20 mars 2027 10:00 UTC");
        assertThat(secretariat.get("/log").body()).contains(" 2027 ");
        assertThat(secretariat.get("/").body()).contains("20 mars 2027 10:00 UTC");
        assertThat(new ConsoleClient(server.port()).get("/public/calendar?lang=ru").body()).contains("12 октября 2027 года");
    }

    @Test
    void theAnalysesShowTheirTablesAndTheChartsOfEach() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");

        String page = secretariat.get("/analysis").body();
        JsonNode taNeeds = JSON.readTree(secretariat.get("/api/analysis/ta-needs").body());
        JsonNode outcomes = JSON.readTree(secretariat.get("/api/analysis/outcomes").body());

        assertThat(page).contains("id=\"analysis-ta-needs\"", "id=\"analysis-outcomes\"", "<table class=\"analysis-table\"");
        assertThat(taNeeds.get("analysis").asText()).isEqualTo("ta-needs");
        assertThat(taNeeds.get("charts")).as("the by-chapter and by-region tables are charted, zeros too").isNotEmpty();
        assertThat(outcomes.get("charts")).isNotNull();
        for (JsonNode chart : taNeeds.get("charts")) {
            assertThat(page).contains("id=\"chart-ta-needs-" + chart.get("id").asText() + "\"");
            assertThat(chart.get("series")).allSatisfy(series ->
                    assertThat(series.get("data")).hasSameSizeAs(chart.get("categories")));
        }
        assertThat(secretariat.get("/api/analysis/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void aSummaryIsPublicOnceTheSecretariatPublishesItAndNoLongerWhenItWithdrawsIt() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");
        ConsoleClient anyone = new ConsoleClient(server.port());
        String summary = "/public/summaries/" + fixture.kenyaSummary;
        assertThat(anyone.getBytes(summary).statusCode()).isEqualTo(404);
        assertThat(secretariat.get("/summaries").body()).contains("summary-KEN-en.docx", "Not published");

        HttpResponse<String> published = secretariat.post("/summaries/" + fixture.kenyaSummary + "/publish", Map.of());

        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(secretariat.get("/summaries").body()).contains("Published 1 June 2027 09:00 UTC by secretariat");
        assertThat(anyone.get("/public/summaries?lang=es").body()).contains("Kenya (KEN)", summary, "1 de junio de 2027");
        HttpResponse<byte[]> download = anyone.getBytes(summary);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body())).isEqualTo("Kenya's executive summary");
        assertThat(fixture.register.events()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("summary.published");
            assertThat(event.actor()).isEqualTo("secretariat");
        }).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("console.download");
            assertThat(event.actor()).isEqualTo("public");
            assertThat(event.fileSha256()).isEqualTo(fixture.kenyaSummary);
        });

        secretariat.get("/summaries");
        assertThat(secretariat.post("/summaries/" + fixture.kenyaSummary + "/withdraw", Map.of()).statusCode()).isEqualTo(302);

        assertThat(anyone.getBytes(summary).statusCode()).isEqualTo(404);
        assertThat(anyone.get("/public/summaries").body()).doesNotContain(summary);
    }
}
