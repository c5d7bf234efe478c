package dev.standpoint.web;

import dev.standpoint.api.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real browser: headless Chromium from the system's packages, driven by Selenium through
 * the system chromedriver (Selenium Manager is never asked to download anything). STANDPOINT_CHROMIUM and
 * STANDPOINT_CHROMEDRIVER override the Debian paths. Skipped with a message where Chromium is not installed,
 * except in CI (CI=true), where that is a failure. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisPageBrowserTest {

    private static final File CHROMIUM = executable("STANDPOINT_CHROMIUM", "/usr/bin/chromium");
    private static final File CHROMEDRIVER = executable("STANDPOINT_CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    /** An article whose second quotation names no speaker: the engine must leave it unattributed. */
    private static final String UNATTRIBUTED_ARTICLE = "Rain fell on Tuesday.\n\n\u201cIt is all a mistake.\u201d\n\n"
            + "The mayor, Anna Berg, said: \u201cWe welcome the decision.\u201d";

    private static final String LATER_ARTICLE = "President Alexander Lukashenko said on Friday: \u201cWe are deeply "
            + "concerned about the dangerous build-up on our border, and we fear the worst.\u201d";

    private static final String SKIPPED = "Skipping the browser test: " + CHROMIUM + " or " + CHROMEDRIVER
            + " is missing (apt-get install chromium chromium-driver)";

    @TestHTTPResource("/")
    URL page;

    private ChromeDriver driver;
    private Path userDataDir;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            fail("CI must run the browser test: install chromium and chromium-driver (.ci/run does)");
        }
        if (!installed) {
            System.err.println(SKIPPED);
            return; // each test then skips itself with the same message
        }
        userDataDir = Files.createTempDirectory("standpoint-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (userDataDir != null) {
            try (var files = Files.walk(userDataDir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void desktopWidth() {
        assumeTrue(driver != null, SKIPPED);
        driver.manage().window().setSize(DESKTOP);
    }

    @Test
    void highlightsEveryQuoteAndPieceOfEvidenceOfTheSampleWithoutChangingItsText() {
        JsonPath expected = analyseWithApi(sample());
        analyseSample(false);

        assertEquals(sample(), text(By.cssSelector(".article-text")), "segments put together are the article");
        Set<String> starts = new HashSet<>();
        for (WebElement seg : driver.findElements(By.cssSelector(".article-text .seg"))) {
            starts.addAll(Arrays.asList(seg.getDomAttribute("data-starts").split(" ")));
        }
        int quotes = expected.getList("quotes").size();
        for (int i = 0; i < quotes; i++) {
            assertTrue(starts.contains("q" + i), "quote " + i + " is highlighted");
        }
        List<Map<String, Object>> actors = expected.getList("actors");
        int evidence = 0;
        for (Map<String, Object> actor : actors) {
            List<?> items = (List<?>) actor.get("evidence");
            for (int i = 0; i < items.size(); i++) {
                assertTrue(starts.contains("e-" + actor.get("id") + "-" + i), "evidence " + i + " of " + actor.get("name"));
                evidence++;
            }
        }
        assertTrue(quotes > 5 && evidence > 5, "the sample has quotes and evidence");
        assertFalse(driver.findElements(By.cssSelector(".seg.q")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector(".seg.ev")).isEmpty());
    }

    @Test
    void listsEveryActorWithTypeRoleAndFourStanceBars() {
        JsonPath expected = analyseWithApi(sample());
        analyseSample(false);

        List<WebElement> cards = driver.findElements(By.cssSelector(".actor-card"));
        assertEquals(expected.getList("actors").size(), cards.size());
        for (WebElement card : cards) {
            List<WebElement> bars = card.findElements(By.cssSelector(".stance-bar"));
            assertEquals(List.of("approval", "concern", "skepticism", "neutral"),
                    bars.stream().map(b -> b.getDomAttribute("data-stance")).toList());
            assertFalse(card.findElement(By.cssSelector(".actor-meta")).getText().isBlank());
        }
        WebElement khrenin = card("Victor Khrenin");
        assertTrue(khrenin.findElement(By.cssSelector(".actor-meta")).getText().contains("Belarusian Defense Minister"));
        double approval = expected.getDouble("actors.find { it.name == 'Victor Khrenin' }.stance.scores.approval");
        String width = khrenin.findElement(By.cssSelector("[data-stance=approval] .bar-fill")).getDomAttribute("style");
        // the page writes one decimal; the browser drops a trailing ".0" ("53.0%" reads back "53%")
        java.util.regex.Matcher percent = java.util.regex.Pattern.compile("width: ([0-9.]+)%").matcher(width);
        assertTrue(percent.find(), width);
        assertEquals(approval * 100, Double.parseDouble(percent.group(1)), 0.051, width);
    }

    @Test
    void selectingAnActorLightsUpItsSpansAndOnlyThose() {
        analyseSample(false);
        screenshot("analysis-desktop");
        WebElement lukashenko = card("Alexander Lukashenko");
        String id = lukashenko.getDomAttribute("data-actor");
        WebElement button = lukashenko.findElement(By.cssSelector(".actor-name"));

        new Actions(driver).moveToElement(card("Maria Ivanova")).perform();
        assertLitOnlyFor(card("Maria Ivanova").getDomAttribute("data-actor"));

        button.click();
        assertEquals("true", button.getDomAttribute("aria-pressed"));
        assertLitOnlyFor(id);
        screenshot("analysis-desktop-selected");

        button.sendKeys(Keys.ENTER);
        assertEquals("false", button.getDomAttribute("aria-pressed"), "Enter toggles the selection off");
        assertTrue(driver.findElements(By.cssSelector(".seg.lit")).isEmpty());
    }

    @Test
    void selectingASpanTakesYouToItsActor() {
        analyseSample(false);
        WebElement ivanova = card("Maria Ivanova");
        String id = ivanova.getDomAttribute("data-actor");
        WebElement quote = driver.findElement(By.cssSelector(".seg.q[data-primary='" + id + "'][tabindex='0']"));

        quote.click();
        assertEquals(ivanova.findElement(By.cssSelector(".actor-name")), driver.switchTo().activeElement(),
                "the actor's name has the focus");
        assertTrue(ivanova.getDomAttribute("class").contains("active"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> isInViewport(ivanova));

        WebElement petrovQuote = driver.findElement(By.cssSelector(".seg.q[data-primary='"
                + card("Andrey Petrov").getDomAttribute("data-actor") + "'][tabindex='0']"));
        petrovQuote.sendKeys(Keys.ENTER);
        assertEquals(card("Andrey Petrov").findElement(By.cssSelector(".actor-name")), driver.switchTo().activeElement(),
                "Enter on a highlight works like a click");
    }

    @Test
    void marksQuotesThatNameNoSpeakerAsUnattributed() {
        open("#/");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("article-input")), UNATTRIBUTED_ARTICLE);
        driver.findElement(By.id("analyse")).click();
        waitFor(By.cssSelector(".article-text"));

        List<WebElement> unattributed = driver.findElements(By.cssSelector(".seg.unattributed"));
        assertEquals("It is all a mistake.", unattributed.stream().map(WebElement::getText).reduce("", String::concat));
        assertEquals("", unattributed.get(0).getDomAttribute("data-primary"), "no actor to jump to");
        assertTrue(unattributed.get(0).getDomAttribute("aria-label").startsWith("Unattributed quote"));
        assertTrue(text(By.cssSelector(".unattributed-list")).contains("Unattributed quotes (1)"));
        assertTrue(driver.findElements(By.cssSelector(".seg.q:not(.unattributed)")).size() > 0, "the mayor's quote is attributed");
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrolling() {
        driver.manage().window().setSize(PHONE);
        analyseSample(false);
        card("Alexander Lukashenko").findElement(By.cssSelector(".actor-name")).click();
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "page is " + overflow + "px wider than the phone");
        WebElement article = driver.findElement(By.cssSelector(".article-column"));
        WebElement panel = driver.findElement(By.cssSelector(".actor-panel"));
        assertTrue(panel.getRect().getY() > article.getRect().getY(), "the actor panel stacks below the article");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.analysis').scrollIntoView()");
        viewportScreenshot("analysis-phone");
    }

    @Test
    void showsAStoredActorsStanceOverTimeLinkedToEachAnalysis() {
        // A later article in which the same actor worries, so the chart has somewhere to go.
        given().contentType(ContentType.JSON).body(Map.of("title", "Lukashenko warns of border tension",
                        "publishedAt", "2026-02-14T09:00:00Z", "text", LATER_ARTICLE))
                .post("/v1/analyses").then().statusCode(201);
        analyseSample(true);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("#/analyses/[0-9a-f-]{36}$"));
        String analysisId = driver.getCurrentUrl().replaceAll(".*#/analyses/", "");
        waitFor(By.cssSelector(".actor-card"));

        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(
                card("Alexander Lukashenko").findElement(By.cssSelector(".timeline-link"))));
        assertTrue(link.getDomAttribute("href").endsWith("#/actors/alexander-lukashenko"), link.getDomAttribute("href"));
        link.click();

        waitFor(By.cssSelector("svg.timeline-chart"));
        assertEquals("Alexander Lukashenko", text(By.tagName("h1")));
        assertEquals(4, driver.findElements(By.cssSelector("svg.timeline-chart path.line")).size(), "one line per stance");
        List<WebElement> points = driver.findElements(By.cssSelector("svg.timeline-chart a.point"));
        assertTrue(points.size() >= 2, "one point per stored article");
        WebElement ours = points.stream()
                .filter(p -> p.getDomAttribute("href").equals("#/analyses/" + analysisId)).findFirst().orElseThrow();
        screenshot("actor-timeline");

        ours.click();
        waitFor(By.cssSelector(".actor-card"));
        assertTrue(driver.getCurrentUrl().endsWith("#/analyses/" + analysisId));
        assertEquals(sample(), text(By.cssSelector(".article-text")),
                "a stored analysis is shown over its stored text, fetched from the API");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        viewportScreenshot("stored-analysis");
    }

    // ---- helpers ----

    private void open(String fragment) {
        // A fragment-only change does not reload the page; leaving it first makes each test start from a fresh
        // one. (A refresh right after get raced the fragment navigation: "aborted by navigation" under load.)
        driver.get("about:blank");
        driver.get(page.toString() + fragment);
        waitFor(By.cssSelector("main > *"));
    }

    private void analyseSample(boolean store) {
        open("#/");
        driver.findElement(By.id("load-sample")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("article-input")).getDomProperty("value").isEmpty());
        WebElement persist = driver.findElement(By.id("persist-input"));
        if (persist.isSelected() != store) {
            persist.click();
        }
        driver.findElement(By.id("analyse")).click();
        waitFor(By.cssSelector(".actor-card"));
    }

    private WebElement card(String actorName) {
        return driver.findElements(By.cssSelector(".actor-card")).stream()
                .filter(c -> c.findElement(By.cssSelector(".actor-name")).getText().contains(actorName))
                .findFirst().orElseThrow(() -> new AssertionError("no actor card for " + actorName));
    }

    private void assertLitOnlyFor(String actorId) {
        List<WebElement> lit = driver.findElements(By.cssSelector(".seg.lit"));
        assertFalse(lit.isEmpty(), "some spans of " + actorId + " are lit");
        for (WebElement seg : lit) {
            assertTrue(Arrays.asList(seg.getDomAttribute("data-actors").split(" ")).contains(actorId),
                    "lit span belongs to " + actorId);
        }
        long unlitOwn = driver.findElements(By.cssSelector(".seg:not(.lit)")).stream()
                .filter(seg -> Arrays.asList(seg.getDomAttribute("data-actors").split(" ")).contains(actorId)).count();
        assertEquals(0, unlitOwn, "every span of " + actorId + " is lit");
    }

    private boolean isInViewport(WebElement element) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                        + "const p = arguments[0].closest('.actor-panel').getBoundingClientRect();"
                        + "return r.top < Math.min(window.innerHeight, p.bottom) && r.bottom > Math.max(0, p.top);",
                element);
    }

    /** The element's DOM text, exactly (WebElement.getText() normalises white space). */
    private String text(By by) {
        return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent",
                driver.findElement(by));
    }

    private void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void viewportScreenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("could not write the screenshot", e);
        }
    }

    /** A screenshot of the whole page from its top (the window grows to the page's height for the shot). */
    private void screenshot(String name) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Dimension before = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(Math.max(height, before.height), 5000)));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("could not write the screenshot", e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Debian's paths unless an environment variable names another (GitHub's runners ship Google Chrome). */
    private static File executable(String variable, String debianPath) {
        String path = System.getenv(variable);
        return new File(path == null || path.isBlank() ? debianPath : path);
    }

    private static String sample() {
        try {
            return Files.readString(Path.of("src/main/resources/META-INF/resources/samples/belarus-oreshnik.txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonPath analyseWithApi(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/v1/analyses?persist=false").then().statusCode(200).extract().jsonPath();
    }
}
