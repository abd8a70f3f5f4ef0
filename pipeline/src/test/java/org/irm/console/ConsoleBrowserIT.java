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
import java.util.List;
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
 * overview's chart is drawn by ECharts from the jar; the calendar opens, and the public calendar
 * without login. Screenshots are kept in
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
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("2027-10-12", "Kenya (KEN)", "Brazil (BRA)");
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
        assertThat(browser.findElement(By.id("calendar")).getText()).contains("2027-10-12", "Kenya (KEN)");
        screenshot("public-calendar-fr");
    }

    @Test
    void anExpertSeesTheReviewItsStateIsDrawnFor() throws IOException {
        logIn("france");

        assertThat(rowsShown()).containsExactly("row-KEN");
        screenshot("expert-overview");
    }

    @Test
    void aUserSwitchesToArabicThePageIsRightToLeftAndStaysSoAtTheNextLogin() throws IOException {
        fixture.users.add("arabic", Role.FOCAL_POINT, "BRA", ConsoleFixture.PASSWORD.toCharArray(),
                org.irm.catalogue.Language.EN, "test");
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
