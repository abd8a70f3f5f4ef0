package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.irm.register.Event;
import org.irm.register.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console's security over real HTTP on 127.0.0.1 (issue 16's acceptance): a State's user never
 * sees another State's page, JSON or draft by id; a form without its CSRF token is refused; a State's
 * answer holding HTML and script shows as text; the session id changes at login; downloads are by id
 * only; ten wrong passwords lock the account.
 */
class ConsoleSecurityTest {

    @RegisterExtension
    static final ServedConsole console = new ServedConsole();

    private static ConsoleClient loggedIn(String login) throws Exception {
        return console.loggedIn(login);
    }

    @Test
    void aFocalPointIsRefusedAnotherStatesPageJsonAndDraftById() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        HttpResponse<String> page = kenya.get("/states/BRA");
        HttpResponse<String> json = kenya.get("/api/states/BRA");
        HttpResponse<byte[]> draft = kenya.getBytes("/documents/" + console.fixture().brazilDraft);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(ConsoleFixture.BRAZIL_SECRET).doesNotContain("Brazil");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("BRA");
        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(new String(draft.body())).doesNotContain("Brazil's draft report");
    }

    @Test
    void aFocalPointIsRefusedAnotherStatesTrackerPageAndJson() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        HttpResponse<String> page = kenya.get("/tracker/BRA");
        HttpResponse<String> json = kenya.get("/api/tracker/BRA");
        String across = kenya.get("/tracker").body();
        String acrossJson = kenya.get("/api/tracker").body();

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(ConsoleFixture.BRAZIL_RECOMMENDATION).doesNotContain("Brazil");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("BRA");
        assertThat(across).contains("/tracker/KEN").doesNotContain("/tracker/BRA").doesNotContain("Brazil");
        assertThat(acrossJson).contains("\"KEN\"").doesNotContain("BRA");
        assertThat(kenya.get("/tracker/KEN").statusCode()).isEqualTo(200);
    }

    @Test
    void aFocalPointsMapAndTimelineJsonHoldItsOwnStateOnly() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        assertThat(kenya.get("/api/map").body()).contains("\"KEN\"").doesNotContain("BRA");
        assertThat(kenya.get("/api/calendar").body()).contains("\"KEN\"").doesNotContain("BRA");
    }

    @Test
    void theAnalysesAreTheSecretariatsAlone() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");
        ConsoleClient france = loggedIn("france");
        ConsoleClient secretariat = loggedIn("secretariat");

        for (ConsoleClient stateUser : new ConsoleClient[] {kenya, france}) {
            assertThat(stateUser.get("/analysis").statusCode()).isEqualTo(404);
            assertThat(stateUser.get("/api/analysis/ta-needs").statusCode()).isEqualTo(404);
            assertThat(stateUser.get("/api/analysis/outcomes").statusCode()).isEqualTo(404);
            assertThat(stateUser.get("/").body()).doesNotContain("/analysis");
        }
        assertThat(secretariat.get("/analysis").statusCode()).isEqualTo(200);
        assertThat(secretariat.get("/api/analysis/ta-needs").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnpublishedSummaryIsNotPublicAndOnlyTheSecretariatPublishesWithItsCsrfToken() throws Exception {
        ConsoleClient anyone = console.client();
        ConsoleClient kenya = loggedIn("kenya");
        kenya.get("/summaries");

        HttpResponse<byte[]> before = anyone.getBytes("/public/summaries/" + console.fixture().kenyaSummary);
        HttpResponse<String> byFocalPoint = kenya.post("/summaries/" + console.fixture().kenyaSummary + "/publish", Map.of());
        HttpResponse<String> forged = loggedIn("secretariat").postWithoutToken("/summaries/" + console.fixture().kenyaSummary + "/publish",
                Map.of());
        HttpResponse<byte[]> aReportById = anyone.getBytes("/public/summaries/" + console.fixture().kenyaDraft);

        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(byFocalPoint.statusCode()).isEqualTo(404);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(aReportById.statusCode()).isEqualTo(404);
        assertThat(new String(aReportById.body())).doesNotContain("Kenya's draft report");
        assertThat(anyone.getBytes("/public/summaries/" + console.fixture().kenyaSummary).statusCode()).isEqualTo(404);
        assertThat(anyone.get("/public/summaries").body()).doesNotContain(console.fixture().kenyaSummary);
    }

    @Test
    void aFocalPointSeesItsOwnStateOnlyInTheOverviewAndItsJson() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        String overview = kenya.get("/").body();
        String json = kenya.get("/api/states").body();

        assertThat(overview).contains("/states/KEN").doesNotContain("/states/BRA");
        assertThat(json).contains("\"KEN\"").doesNotContain("\"BRA\"");
        assertThat(kenya.get("/states/KEN").statusCode()).isEqualTo(200);
    }

    @Test
    void aPageKeptForOneStatesUserIsNeverServedToAnotherStatesUser() throws Exception {
        console.fixture().users.add("kenya-deputy", Role.FOCAL_POINT, "KEN", ConsoleFixture.PASSWORD.toCharArray(),
                org.irm.catalogue.Language.EN, "test");
        ConsoleClient kenya = loggedIn("kenya");
        // Kenya's overview and page rendered and kept first, in the language every user here reads.
        String kenyaOverview = kenya.get("/").body();
        String kenyaPage = kenya.get("/states/KEN").body();
        assertThat(kenyaOverview).contains("/states/KEN", "id=\"who\">kenya ");
        assertThat(kenyaPage).contains("Public Procurement Act", "id=\"who\">kenya ");

        ConsoleClient brazil = loggedIn("brazil");
        String brazilOverview = brazil.get("/").body();
        assertThat(brazilOverview).contains("/states/BRA", "id=\"who\">brazil ").doesNotContain("/states/KEN", "kenya");
        HttpResponse<String> kenyaPageAsked = brazil.get("/states/KEN");
        assertThat(kenyaPageAsked.statusCode()).isEqualTo(404);
        assertThat(kenyaPageAsked.body()).doesNotContain("Public Procurement Act");
        assertThat(brazil.get("/states/BRA").body()).contains("own answer on procurement").doesNotContain("Public Procurement Act");

        // Who may see the same page gets it with its own login and CSRF token, never the first viewer's.
        ConsoleClient deputy = loggedIn("kenya-deputy");
        String deputyPage = deputy.get("/states/KEN").body();
        assertThat(deputyPage).contains("Public Procurement Act", "id=\"who\">kenya-deputy ").doesNotContain("id=\"who\">kenya ");
        assertThat(csrfOf(deputyPage)).isNotEqualTo(csrfOf(kenyaPage));
        ConsoleClient expert = loggedIn("france");
        assertThat(expert.get("/").body()).contains("/states/KEN", "id=\"who\">france ").doesNotContain("/states/BRA");
        assertThat(expert.get("/states/KEN").body()).contains("Public Procurement Act", "id=\"who\">france ")
                .doesNotContain("id=\"who\">kenya");
        // The deputy's token, filled into the kept page, is the one its session accepts.
        assertThat(deputy.post("/language", Map.of("lang", "en")).statusCode()).isEqualTo(302);
    }

    private static String csrfOf(String page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    @Test
    void anExpertSeesOnlyTheReviewsItsStateIsDrawnFor() throws Exception {
        ConsoleClient france = loggedIn("france");

        assertThat(france.get("/states/KEN").statusCode()).isEqualTo(200);
        assertThat(france.get("/states/BRA").statusCode()).isEqualTo(404);
        assertThat(france.get("/api/states").body()).contains("\"KEN\"").doesNotContain("\"BRA\"");
        assertThat(france.getBytes("/documents/" + console.fixture().brazilDraft).statusCode()).isEqualTo(404);
    }

    @Test
    void theSecretariatSeesEveryStateAndTheAuditLogWhichStateUsersDoNot() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");
        ConsoleClient kenya = loggedIn("kenya");

        assertThat(secretariat.get("/").body()).contains("/states/KEN", "/states/BRA");
        assertThat(secretariat.get("/log").body()).contains("console.login");
        assertThat(kenya.get("/log").statusCode()).isEqualTo(404);
    }

    @Test
    void aDownloadSendsTheStatesOwnDraftAndIsInTheAuditLog() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        HttpResponse<byte[]> draft = kenya.getBytes("/documents/" + console.fixture().kenyaDraft);

        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(new String(draft.body())).isEqualTo("Kenya's draft report");
        assertThat(draft.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"report-KEN-en.docx\"");
        assertThat(console.fixture().register.events()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("console.download");
            assertThat(event.actor()).isEqualTo("kenya");
            assertThat(event.fileSha256()).isEqualTo(console.fixture().kenyaDraft);
        });
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");
        kenya.get("/");

        HttpResponse<String> forged = kenya.postWithoutToken("/language", Map.of("lang", "ar"));
        HttpResponse<String> wrongToken = kenya.postWithoutToken("/language", Map.of("lang", "ar", "csrf", "guessed"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(kenya.get("/").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void theLoginFormTooIsRefusedWithoutItsCsrfToken() throws Exception {
        ConsoleClient client = console.client();
        client.get("/login");

        HttpResponse<String> forged = client.postWithoutToken("/login",
                Map.of("login", "kenya", "password", ConsoleFixture.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(client.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aStatesAnswerHoldingHtmlAndScriptShowsAsText() throws Exception {
        ConsoleClient kenya = loggedIn("kenya");

        String page = kenya.get("/states/KEN").body();

        assertThat(page).contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;&lt;b&gt;Public Procurement Act&lt;/b&gt;");
        assertThat(page).doesNotContain("<script>document.title").doesNotContain("<b>Public");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        ConsoleClient client = console.client();
        client.get("/login");
        String before = client.sessionId();

        client.post("/login", Map.of("login", "kenya", "password", ConsoleFixture.PASSWORD, "lang", "en"));

        assertThat(before).isNotNull();
        assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        ConsoleClient client = console.client();

        HttpResponse<String> login = client.get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("IRM_SESSION=").contains("HttpOnly", "SameSite=Strict"));
    }

    @Test
    void downloadsArePathsNeverAndATraversalIsRefused() throws Exception {
        ConsoleClient secretariat = loggedIn("secretariat");
        Files.writeString(console.home().resolve("secret.txt"), "the secretariat's key");
        // A register row naming a file outside the State's outbox (tampered) is refused too.
        String tampered = console.fixture().draft("KEN", "../../../secret.txt", "decoy");

        for (String path : new String[] {"/documents/..%2F..%2F..%2Fsecret.txt", "/documents/../../secret.txt",
            "/documents/%2e%2e%2f%2e%2e%2fsecret.txt", "/documents/" + "0".repeat(64), "/documents/" + tampered}) {
            HttpResponse<byte[]> response = secretariat.getBytes(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(response.body())).as(path).doesNotContain("the secretariat's key");
        }
    }

    @Test
    void tenWrongPasswordsLockTheAccountUntilItIsEnabled() throws Exception {
        console.fixture().users.add("locked", Role.FOCAL_POINT, "KEN", ConsoleFixture.PASSWORD.toCharArray(),
                org.irm.catalogue.Language.EN, "test");
        ConsoleClient client = console.client();
        for (int i = 0; i < ConsoleUsers.LOCK_AFTER - 1; i++) {
            assertThat(client.logIn("locked", "wrong password " + i).statusCode()).isEqualTo(401);
        }
        assertThat(loggedIn("locked").get("/").statusCode()).as("nine wrong passwords do not lock").isEqualTo(200);
        for (int i = 0; i < ConsoleUsers.LOCK_AFTER; i++) {
            assertThat(client.logIn("locked", "wrong password " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> rightPassword = client.logIn("locked", ConsoleFixture.PASSWORD);

        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(rightPassword.body()).contains("locked");
        assertThat(console.fixture().register.events()).extracting(Event::action).contains("console.locked");
        console.fixture().users.enable("locked", "test");
        assertThat(client.logIn("locked", ConsoleFixture.PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    void aLockedOrDisabledUsersOpenSessionEndsAtItsNextRequest() throws Exception {
        console.fixture().users.add("leaving", Role.FOCAL_POINT, "KEN", ConsoleFixture.PASSWORD.toCharArray(),
                org.irm.catalogue.Language.EN, "test");
        ConsoleClient client = loggedIn("leaving");
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(client.get("/states/KEN").statusCode()).isEqualTo(200);

        // At once: the session's account, kept since its last request, is read again as the register moved.
        console.fixture().users.disable("leaving", "test");

        assertThat(client.get("/").statusCode()).isEqualTo(302);
        assertThat(client.get("/api/states").statusCode()).isEqualTo(401);
    }

    @Test
    void withoutASessionPagesSendToLoginAndDataIsRefused() throws Exception {
        ConsoleClient stranger = console.client();

        assertThat(stranger.get("/states/KEN").statusCode()).isEqualTo(302);
        assertThat(stranger.get("/api/states/KEN").statusCode()).isEqualTo(401);
        assertThat(stranger.getBytes("/documents/" + console.fixture().kenyaDraft).statusCode()).isEqualTo(401);
    }

    @Test
    void everyLoginIsInTheAuditLog() throws Exception {
        loggedIn("brazil");

        assertThat(Register.open(console.fixture().config()).events()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("console.login");
            assertThat(event.actor()).isEqualTo("brazil");
            assertThat(event.detail()).contains("127.0.0.1");
        });
    }
}
