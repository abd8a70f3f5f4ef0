package org.irm.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.irm.catalogue.Language;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (issue 16's acceptance): Debian's headless chromium driven by
 * Selenium through /usr/bin/chromedriver (.ci/run installs both). Each role logs in and sees what it
 * may see; a user switches to Arabic (the page is right to left, and stays so at the next login); the
 * overview's chart is drawn by ECharts from the jar; the calendar opens with its timeline chart, and
 * the public calendar without login; the recommendation tracker and its chart, the map (shapes from the
 * jar), the analyses' charts, and an executive summary the secretariat publishes, then shown on the
 * public page without login. Screenshots are kept in
 * {@code target/console-screenshots/} for review. Without chromium or chromedriver the tests are
 * skipped, saying so (failed with CI=true).
 */
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    @TempDir
    static Path home;

    private static ConsoleFixture fixture;
    private static ConsoleServer server;
    private WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ConsoleFixture(home);
        server = fixture.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            fixture.register.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): .ci/run installs them";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, and the browser tests must run there, not be skipped: " + why);
        }
        assumeTrue(present, why);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSecretariatSeesEveryStateTheChartAndTheAuditLog() throws IOException {
        logIn("secretariat");

        assertThat(rowsShown()).containsExactly("row-BRA", "row-KEN");
        waitUntil(() -> "true".equals(browser.findElement(By.id("completion-chart")).getAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#completion-chart canvas"))).isNotEmpty();
        screenshot("secretariat-overview");
        browser.findElement(By.id("nav-log")).click();
        assertThat(browser.findElement(By.id("log")).getText()).contains("console.login");
        screenshot("secretariat-audit-log");
        browser.findElement(By.id("nav-calendar")).click();
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("12 October 2027", "Kenya (KEN)", "Brazil (BRA)");
        waitUntil(() -> "true".equals(browser.findElement(By.id("timeline-chart")).getAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#timeline-chart canvas"))).isNotEmpty();
        screenshot("secretariat-calendar");
    }

    @Test
    void aFocalPointSeesItsStateOnlyAndItsAnswersAsText() throws IOException {
        logIn("kenya");

        assertThat(rowsShown()).containsExactly("row-KEN");
        assertThat(browser.findElements(By.id("nav-log"))).isEmpty();
        browser.findElement(By.cssSelector("#row-KEN a")).click();
        assertThat(browser.findElement(By.cssSelector("#fields td.answer")).getText()).isEqualTo(ConsoleFixture.KENYA_SCRIPT);
        assertThat(browser.getTitle()).doesNotContain("owned");
        screenshot("focal-point-state-page");
        browser.get(url("/states/BRA"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        screenshot("focal-point-other-state-refused");
        browser.findElement(By.id("nav-calendar")).click();
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("Kenya (KEN)").doesNotContain("BRA");
        screenshot("focal-point-calendar");
    }

    @Test
    void thePublicCalendarOfCountryVisitsOpensWithoutLogin() throws IOException {
        browser.get(url("/public/calendar?lang=fr"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Visites de pays");
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("12 octobre 2027", "Kenya (KEN)");
        screenshot("public-calendar-fr");
    }

    @Test
    void anExpertSeesTheReviewItsStateIsDrawnFor() throws IOException {
        logIn("france");

        assertThat(rowsShown()).containsExactly("row-KEN");
        screenshot("expert-overview");
    }

    @Test
    void anExpertOfTheReviewSeesHowManyOfKenyasQuestionsWaitAndSinceWhen() throws IOException {
        fixture.register.dialogue().ask(new DialogueRecords.NewQuestion("uncac-2-KEN", "KEN", "uncac.9.1", "FRA", null,
                Language.EN, "Is the register of awards public?", DialogueQuestion.COMMAND, null, null,
                Instant.parse("2027-05-01T09:00:00Z")));
        logIn("france");

        browser.findElement(By.cssSelector("#row-KEN a")).click();

        var counts = browser.findElement(By.id("dialogue-counts"));
        assertThat(counts.getText()).isEqualTo("Questions asked: 1; question lists sent: 0; answered: 0; unanswered: 1."
                + " The oldest unanswered question was asked on 1 May 2027, 31 day(s) ago.");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", counts);
        screenshot("expert-state-dialogue");
    }

    @Test
    void aUserSwitchesToArabicThePageIsRightToLeftAndStaysSoAtTheNextLogin() throws IOException {
        fixture.users.add("arabic", Role.FOCAL_POINT, "BRA", ConsoleFixture.PASSWORD.toCharArray(),
                Language.EN, "test");
        logIn("arabic");

        new Select(browser.findElement(By.id("language"))).selectByValue("ar");
        browser.findElement(By.id("language-switch")).click();
        // The switch posts a form and the page reloads: read the new page, not the one still shown.
        waitUntil(() -> "rtl".equals(direction()));

        assertThat(direction()).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("وضع كل دولة");
        screenshot("arabic-overview");
        browser.findElement(By.id("logout")).click();
        logIn("arabic");
        assertThat(direction()).isEqualTo("rtl");
    }

    @Test
    void theSecretariatOpensTheTrackerItsChartAndAStatesItems() throws IOException {
        logIn("secretariat");

        browser.findElement(By.id("nav-tracker")).click();
        assertThat(browser.findElements(By.cssSelector("#tracker tbody tr")).stream().map(row -> row.getAttribute("id")))
                .containsExactly("tracker-BRA", "tracker-KEN");
        waitUntil(() -> "true".equals(browser.findElement(By.id("tracker-chart")).getAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#tracker-chart canvas"))).isNotEmpty();
        screenshot("secretariat-tracker");
        browser.findElement(By.cssSelector("#tracker-KEN a")).click();
        assertThat(browser.findElement(By.id("tracker-items")).getText()).contains("Implemented", "In progress",
                "Kenya should protect reporting persons");
        waitUntil(() -> "true".equals(browser.findElement(By.id("tracker-chart")).getAttribute("data-drawn")));
        screenshot("secretariat-tracker-kenya");
    }

    @Test
    void aFocalPointsTrackerHoldsItsOwnItemsOnly() throws IOException {
        logIn("brazil");

        browser.findElement(By.id("nav-tracker")).click();
        assertThat(browser.findElements(By.cssSelector("#tracker tbody tr")).stream().map(row -> row.getAttribute("id")))
                .containsExactly("tracker-BRA");
        browser.get(url("/tracker/KEN"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        screenshot("focal-point-other-tracker-refused");
    }

    @Test
    void theMapIsDrawnFromTheShapesInTheJarAndRecolouredByCompletion() throws IOException {
        logIn("secretariat");

        browser.findElement(By.id("nav-map")).click();
        waitUntil(() -> "stage".equals(browser.findElement(By.id("map")).getAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("map-unshaped")).isDisplayed()).as("Kenya and Brazil have shapes").isFalse();
        screenshot("secretariat-map-by-stage");
        new Select(browser.findElement(By.id("map-colour"))).selectByValue("completion");
        waitUntil(() -> "completion".equals(browser.findElement(By.id("map")).getAttribute("data-drawn")));
        screenshot("secretariat-map-by-completion");
    }

    @Test
    void theSecretariatOpensTheAnalysesCharts() throws IOException {
        logIn("secretariat");

        browser.findElement(By.id("nav-analysis")).click();
        waitUntil(() -> "true".equals(browser.findElement(By.id("analysis-ta-needs")).getAttribute("data-drawn")));
        assertThat(browser.findElements(By.cssSelector("#analysis-ta-needs .analysis-chart canvas"))).isNotEmpty();
        screenshot("secretariat-analysis");
    }

    @Test
    void aPublishedSummaryIsListedOnThePublicPageWithoutLoginInArabic() throws IOException {
        browser.get(url("/public/summaries?lang=ar"));
        assertThat(browser.findElement(By.id("no-summaries")).isDisplayed()).isTrue();

        logIn("secretariat");
        browser.findElement(By.id("nav-summaries")).click();
        browser.findElement(By.cssSelector("#summary-" + fixture.kenyaSummary + " button.publish")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector("#summary-" + fixture.kenyaSummary + " button.withdraw")).isEmpty());
        screenshot("secretariat-summaries");
        browser.findElement(By.id("logout")).click();

        browser.get(url("/public/summaries?lang=ar"));
        assertThat(direction()).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("summaries")).getText()).contains("(KEN)", "حزيران/يونيه 2027");
        screenshot("public-summaries-ar");
        fixture.register.events().stream().filter(e -> e.action().equals("summary.published")).findFirst().orElseThrow();
    }

    private void logIn(String login) {
        browser.get(url("/login"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitUntil(() -> !browser.findElements(By.id("who")).isEmpty());
    }

    private List<String> rowsShown() {
        return browser.findElements(By.cssSelector("#states tbody tr")).stream().map(row -> row.getAttribute("id")).toList();
    }

    private String direction() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.dir");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
