package org.cemc.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cemc.server.TestCases;
import org.cemc.server.TestDatabases;
import org.cemc.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard in a real headless browser: Debian's chromium driven through its chromedriver (Selenium). Signs in
 * as the operator and as a household; the screenshots go to target/screenshots/ for docs/server.md.
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    private static TestServer server;
    private static long run;
    private static long stochasticRun;
    private static String householdToken;
    private WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabases.H2.fresh(data), data);
        long caseId = server.upload(TestCases.twoHousesZip());
        run = server.submit(caseId, "{}");
        server.awaitEnd(run);
        stochasticRun = server.submit(server.upload(TestCases.paperZip()), "{\"ev_mode\": \"stochastic\"}");
        server.awaitEnd(stochasticRun);
        householdToken = TestServer.json(server.postJson("/api/v1/tokens", server.operatorToken(),
                "{\"role\": \"household\", \"case\": " + caseId + ", \"house\": \"a\"}")).get("token").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void openBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOperatorSignsInAndSeesTheCaseItsRunAndTheRunsProfitTable() throws Exception {
        signIn(server.operatorToken());
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        assertThat(text()).contains("two houses", "done", "passed");
        screenshot("operator-cases.png");

        browser.findElement(By.linkText(Long.toString(run))).click();
        assertThat(text()).contains("Profit", "Total profit", "Settlement", "net_with_welfare");
        screenshot("operator-run.png");

        browser.findElement(By.cssSelector("header button")).click();
        assertThat(awaitSignInForm()).as(browser.getCurrentUrl() + ": " + text()).isTrue();
        browser.get(server.uri("/dashboard").toString());
        assertThat(browser.findElements(By.id("token"))).as("signed out: back to the form").hasSize(1);
    }

    @Test
    void aRunsChartsAreDrawnAndTheirLegendsFollowTheCursor() throws Exception {
        signIn(server.operatorToken());
        browser.get(server.uri("/dashboard/runs/" + run).toString());

        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart"));
        assertThat(charts).extracting(chart -> chart.getAttribute("id"))
                .containsExactly("chart-pool", "chart-grid", "chart-dr", "chart-guest-evs");
        for (WebElement chart : charts) {
            Dimension canvas = chart.findElement(By.tagName("canvas")).getSize();
            assertThat(canvas.getWidth()).as(chart.getAttribute("id")).isGreaterThan(100);
            assertThat(canvas.getHeight()).as(chart.getAttribute("id")).isGreaterThan(100);
        }
        assertThat(browser.findElements(By.cssSelector(".u-legend th"))).extracting(WebElement::getText)
                .contains("P2P traded", "grid import", "grid export", "DR curtailed", "guest-EV charging",
                        "guest-EV discharging");

        WebElement grid = browser.findElement(By.id("chart-grid"));
        WebElement plot = grid.findElement(By.className("u-over"));
        List<String> away = legendValues(grid);
        // Offsets are from the plot's centre: near its left edge the cursor snaps to period 0, near its right to 1.
        new Actions(browser).moveToElement(plot, -plot.getSize().getWidth() / 2 + 2, 0).perform();
        List<String> first = legendValues(grid);
        new Actions(browser).moveToElement(plot, plot.getSize().getWidth() / 2 - 2, 0).perform();
        List<String> second = legendValues(grid);

        assertThat(first).isNotEqualTo(away);
        assertThat(first.get(0)).isEqualTo("00:00");
        assertThat(second.get(0)).isEqualTo("01:00");
        assertThat(first.subList(1, 3)).allMatch(value -> value.matches("-?\\d+\\.\\d{3} kWh"), "kWh values");
        // The charts share one cursor: hovering the grid chart shows the same period in the pool chart's legend.
        assertThat(legendValues(browser.findElement(By.id("chart-pool"))).get(0)).isEqualTo("01:00");
        screenshot("operator-run-charts.png");
    }

    @Test
    void theRunPageLoadsEverythingFromThisServer() throws Exception {
        signIn(server.operatorToken());
        browser.get(server.uri("/dashboard/runs/" + run).toString());

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        String origin = server.uri("/").toString();

        assertThat(loaded).anyMatch(url -> url.endsWith("/uPlot.iife.min.js"))
                .anyMatch(url -> url.endsWith("/uPlot.min.css")).anyMatch(url -> url.endsWith("/assets/charts.js"))
                .allMatch(url -> url.startsWith(origin), "from " + origin);
    }

    @Test
    void aHouseholdSeesItsOwnDayAndNotTheOperatorsPages() throws Exception {
        signIn(householdToken);
        assertThat(text()).contains("House a", "Net, in money", "social-welfare value", "Your day",
                "Guest EVs at your charger").doesNotContain("House b");
        // Money in words and in the case's currency, to the cent: house a of the two-house example.
        assertThat(text()).contains("Grid energy bought", "Parking fees received", "USD (+ received, − paid)")
                .containsPattern("Net, in money: [+−][0-9]+\\.[0-9]{2} USD").doesNotContain("grid_purchase");
        screenshot("household.png");
        assertThat(browser.findElements(By.cssSelector("figure.chart canvas"))).as("its day charted").hasSize(2);
        WebElement own = browser.findElement(By.id("chart-house"));
        assertThat(own.findElements(By.cssSelector(".u-legend th"))).extracting(WebElement::getText)
                .contains("PV", "grid import", "P2P sold", "P2P bought");
        // The chart and its legend at the top of the window, for the screenshot.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", own);
        new Actions(browser).moveToElement(own.findElement(By.className("u-over"))).perform();
        assertThat(legendValues(own).get(1)).as("PV under the cursor").endsWith(" kWh");
        screenshot("household-charts.png");

        browser.get(server.uri("/dashboard/runs/" + run).toString());
        assertThat(text()).contains("403").doesNotContain("Total profit");
    }

    /** The built-in case's stochastic run: the likeliest scenario first, each other one link away. */
    @Test
    void aStochasticRunShowsOneScenarioAtATimeAndLinksTheOthers() throws Exception {
        signIn(server.operatorToken());
        browser.get(server.uri("/dashboard/runs/" + stochasticRun).toString());

        List<WebElement> scenarios = browser.findElements(By.cssSelector("ul.scenarios li"));
        assertThat(scenarios.size()).isGreaterThan(1);
        assertThat(scenarios.get(0).findElements(By.tagName("strong"))).as("scenario 1 shown").hasSize(1);
        assertThat(text()).contains("expected profit", "Total profit");
        String second = scenarios.get(1).getText();
        String secondProfit = second.substring(second.lastIndexOf("profit ") + "profit ".length());

        scenarios.get(1).findElement(By.tagName("a")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/runs/" + stochasticRun + "?scenario=2");
        assertThat(browser.findElements(By.cssSelector("ul.scenarios li")).get(1)
                .findElements(By.tagName("strong"))).hasSize(1);
        // The profit table's total in its first column (the community's) is the scenario's profit, as listed.
        String totalRow = browser.findElements(By.tagName("tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith("Total profit")).findFirst().orElseThrow();
        assertThat(totalRow).startsWith("Total profit " + secondProfit + " ");
        screenshot("operator-run-stochastic.png");
    }

    @Test
    void aWrongTokenIsRefusedOnTheForm() throws Exception {
        signIn("not-a-token");

        assertThat(text()).contains("That token is not known");
        assertThat(browser.findElements(By.id("token"))).hasSize(1);
    }

    /** Signs in through the form and waits for the page it leads to (/dashboard, or the form again at /sign-in). */
    private void signIn(String token) throws InterruptedException {
        String form = server.uri("/").toString();
        browser.get(form);
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("sign-in")).click();
        for (int i = 0; i < 50 && (browser.getCurrentUrl().equals(form)
                || browser.findElements(By.tagName("h1")).isEmpty()); i++) {
            Thread.sleep(100);
        }
    }

    /** Whether the sign-in form shows within 5 s (a form's submit may return before the next page loads). */
    private boolean awaitSignInForm() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (!browser.findElements(By.id("token")).isEmpty()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** A chart's legend values, the time first, as the page shows them. */
    private static List<String> legendValues(WebElement chart) {
        return chart.findElements(By.cssSelector(".u-legend .u-value")).stream().map(WebElement::getText).toList();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
