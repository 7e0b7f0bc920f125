package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core run on every page visited: a page with
 * a serious or critical accessibility violation fails the test that visited it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    private final Set<String> checked = new LinkedHashSet<>();
    /** axe-core is itself JavaScript: it runs in the JavaScript session, which visits the same pages. */
    private final boolean javascript;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port, boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1024");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        base = "http://localhost:" + port;
        this.javascript = javascript;
    }

    void open(String path) {
        driver.get(base + path);
        checkAccessibility();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String title() {
        return driver.getTitle();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        press("Sign in");
    }

    void signOut() {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        arrived(page);
    }

    void clickLink(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//a[normalize-space()=" + literal(text) + "]")).click();
        arrived(page);
    }

    /** Follows the link with this text in the table row that names this case. */
    void clickLinkInRow(String rowText, String linkText) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//tr[td[normalize-space()=" + literal(rowText) + "]]//a[normalize-space()="
                + literal(linkText) + "]")).click();
        arrived(page);
    }

    void press(String buttonText) {
        if (driver.findElements(By.xpath("//button[normalize-space()=" + literal(buttonText) + "] | //a[@role='button' and normalize-space()="
                + literal(buttonText) + "]")).isEmpty()) {
            throw new AssertionError("No button '" + buttonText + "' on " + path() + ": " + text());
        }
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space()=" + literal(buttonText) + "] | //a[@role='button' and normalize-space()="
                + literal(buttonText) + "]")).click();
        arrived(page);
    }

    /** Fills a form rendered from a Camunda Form: text, textarea, radios, checkboxes, selects and GOV.UK date inputs. */
    void fill(Map<String, ?> values) {
        values.forEach((key, value) -> {
            if (value instanceof Collection<?> options) {
                options.forEach(o -> choose(key, o.toString()));
            } else if (!driver.findElements(By.name(key + "-day")).isEmpty()) {
                String[] ymd = value.toString().split("-");
                type(key + "-day", ymd[2]);
                type(key + "-month", ymd[1]);
                type(key + "-year", ymd[0]);
            } else {
                WebElement field = driver.findElements(By.name(key)).get(0);
                String type = field.getAttribute("type");
                if ("radio".equals(type) || "checkbox".equals(type)) {
                    choose(key, value.toString());
                } else if ("select".equals(field.getTagName())) {
                    new Select(field).selectByValue(value.toString());
                } else {
                    type(key, value.toString());
                }
            }
        });
    }

    private void choose(String name, String value) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
        }
    }

    void type(String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "browser", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Set<String> pagesChecked() {
        return checked;
    }

    /** axe-core (bundled with the Selenium integration, so it runs offline) on the page now shown. */
    private void checkAccessibility() {
        if (!javascript) {
            return;
        }
        Results results = analyse();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe).toList();
        assertThat(serious).as("serious or critical accessibility violations on %s", path()).isEmpty();
        checked.add(path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("PR-\\d{4}-\\d+", "{ref}"));
    }

    /** Every click here leads to a new page (links, or a POST answered by a redirect): wait until it has loaded. */
    private void arrived(WebElement previousPage) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(previousPage));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        checkAccessibility();
    }

    /** Injecting axe can race a page still loading after a redirect: wait for the page, and try again. */
    private Results analyse() {
        for (int attempt = 1; ; attempt++) {
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                        "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
                return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                        .analyze(driver);
            } catch (org.openqa.selenium.JavascriptException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    @Override
    public void close() {
        driver.quit();
    }
}
