package dev.standpoint.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With API keys set, reads protected too: the page refuses to work until a key is entered in its header field,
 * then stores, shows and lists analyses with it, and keeps it across a reload of the tab; Swagger UI offers
 * Authorize for the same key. Same browser set-up and skip rule as {@link AnalysisPageBrowserTest}.
 */
@QuarkusTest
@TestProfile(ApiKeyPageBrowserTest.Profile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyPageBrowserTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("standpoint.security.api-keys", "page-key",
                    "standpoint.security.protect-reads", "true",
                    "quarkus.datasource.db-kind", "h2",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:page-keys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "quarkus.datasource.username", "sa",
                    "quarkus.datasource.password", "");
        }
    }

    private static final File CHROMIUM = new File(System.getenv().getOrDefault("STANDPOINT_CHROMIUM", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("STANDPOINT_CHROMEDRIVER", "/usr/bin/chromedriver"));
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
            return;
        }
        userDataDir = Files.createTempDirectory("standpoint-chromium-keys-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--window-size=1280,900");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
        Files.createDirectories(Path.of("target/screenshots"));
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

    @Test
    void thePageWorksOnceAKeyIsEnteredAndKeepsItForTheSession() throws IOException {
        assumeTrue(driver != null, SKIPPED);
        driver.get(page + "#/");
        analyseAndStoreTheSample();
        WebElement refusal = waitFor(By.cssSelector("#result .error"));
        assertTrue(refusal.getText().contains("API key"), "the page says a key is needed: " + refusal.getText());

        WebElement key = driver.findElement(By.id("api-key-input"));
        key.sendKeys("page-key", Keys.TAB);
        driver.findElement(By.id("analyse")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("#/analyses/"));
        waitFor(By.cssSelector(".actor-card")); // read back with the key: reads are protected here
        Files.write(Path.of("target/screenshots/api-key-stored-analysis.png"), driver.getScreenshotAs(OutputType.BYTES));

        driver.navigate().refresh();
        waitFor(By.cssSelector(".actor-card"));
        assertEquals("page-key", driver.findElement(By.id("api-key-input")).getDomProperty("value"),
                "the key is kept for the session");
        driver.get(page + "#/actors");
        waitFor(By.cssSelector("main a[href^='#/actors/']"));
    }

    @Test
    void swaggerUiOffersAuthorizeForTheKey() {
        assumeTrue(driver != null, SKIPPED);
        driver.get(page + "q/swagger-ui/");
        waitFor(By.cssSelector("button.authorize"));
    }

    private void analyseAndStoreTheSample() {
        driver.findElement(By.id("load-sample")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("article-input")).getDomProperty("value").isEmpty());
        WebElement persist = driver.findElement(By.id("persist-input"));
        if (!persist.isSelected()) {
            persist.click();
        }
        driver.findElement(By.id("analyse")).click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
