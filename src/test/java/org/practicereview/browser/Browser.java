package org.practicereview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
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
 * <p>
 * Every step acts on the page now shown, found by waiting for a condition on that page: a click that
 * leads elsewhere waits until the page it left is gone and the new one has loaded, and the next step
 * looks its elements up there. (Checking the old page's element for staleness raced the navigation:
 * Chromium answered "Node with given id does not belong to the document".)
 */
final class Browser implements AutoCloseable {

    /** Debian's paths; the system properties (or environment variables) CHROMIUM and CHROMEDRIVER override them. */
    static final Path CHROMIUM = binary("CHROMIUM", "/usr/bin/chromium");
    static final Path CHROMEDRIVER = binary("CHROMEDRIVER", "/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** How often a wait asks its condition again: Selenium's half-second default was most of the journey's time. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final ChromeDriver driver;
    private final String base;
    private final Set<String> checked = new LinkedHashSet<>();
    /**
     * Kinds of page axe-core has passed in this test JVM: a scenario run alone checks every kind it
     * visits; scenarios run together check each kind once, in whichever visits it first.
     */
    private static final Set<String> KINDS_CHECKED = Collections.synchronizedSet(new LinkedHashSet<>());
    private int kindsChecked;
    private final InternalCodes codes = InternalCodes.fromDiagramsAndForms();
    private final List<String> visited = new ArrayList<>();
    /** Internal codes found, by page or download; the test fails on them when the browser closes, every one listed. */
    private final Map<String, List<String>> codesFound = new LinkedHashMap<>();
    private String signedIn;
    /** axe-core is itself JavaScript: it runs in the JavaScript session, which visits the same pages. */
    private final boolean javascript;
    private final long opened = System.nanoTime();
    private long accessibilityNanos;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips the calling test where Chromium is not installed, except in CI (the environment variable
     * CI set): there a missing browser fails the build, so that CI cannot go green without these tests.
     */
    static void requireChromium() {
        String missing = "Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER + ") are not both installed";
        if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
            assertThat(available()).as(missing + ", and CI is set: the browser tests must run in CI").isTrue();
        }
        assumeTrue(available(), missing);
    }

    private static Path binary(String name, String debian) {
        String given = System.getProperty(name, System.getenv(name));
        return Path.of(given == null || given.isBlank() ? debian : given);
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
        checkPage();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String title() {
        return driver.getTitle();
    }

    String text() {
        return find(By.tagName("body")).getText();
    }

    /** The text of the element with this id. */
    String elementText(String id) {
        return find(By.id(id)).getText();
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** The case file sections beside a task's form. */
    String brief() {
        return find(By.cssSelector(".app-task-brief")).getText();
    }

    /** What a task page says between its heading and its form: why the task came back. */
    String aboveTheForm() {
        return driver.findElements(By.cssSelector(".govuk-grid-column-two-thirds > section")).stream()
                .map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    /** What a text field or text area of the form now holds. */
    String value(String name) {
        return find(By.name(name)).getDomProperty("value");
    }

    /** The addresses of the links on this page that start with this path. */
    List<String> links(String pathPrefix) {
        return driver.findElements(By.cssSelector("a[href^='" + pathPrefix + "']")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        press("Sign in");
        signedIn = username;
    }

    void signOut() {
        navigateBy(By.xpath("//button[normalize-space()='Sign out']"));
        signedIn = null;
    }

    /** Signed in as this user, signing out whoever else was: the next step is theirs. */
    void as(String username, String password) {
        if (!username.equals(signedIn)) {
            if (signedIn != null) {
                signOut();
            }
            signIn(username, password);
        }
    }

    void clickLink(String text) {
        navigateBy(By.xpath("//a[normalize-space()=" + literal(text) + "]"));
    }

    /** Follows the first link whose text contains this ("Serious Case Review (SCR) – Child Z" for "Child Z"). */
    void clickLinkContaining(String text) {
        navigateBy(By.xpath("//main//a[contains(normalize-space(), " + literal(text) + ")]"));
    }

    /** Follows the link with this text in the table row that names this case. */
    void clickLinkInRow(String rowText, String linkText) {
        navigateBy(By.xpath("//tr[td[normalize-space()=" + literal(rowText) + "]]//a[normalize-space()="
                + literal(linkText) + "]"));
    }

    void press(String buttonText) {
        By button = By.xpath("//button[normalize-space()=" + literal(buttonText) + "] | //a[@role='button' and normalize-space()="
                + literal(buttonText) + "]");
        if (driver.findElements(button).isEmpty()) {
            throw new AssertionError("No button '" + buttonText + "' on " + path() + ": " + text());
        }
        navigateBy(button);
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
                WebElement field = find(By.name(key));
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
        WebElement input = find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            find(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
        }
    }

    void type(String name, String text) {
        WebElement field = find(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** The markup of the page shown, for reading a table or a chart's description. */
    String html() {
        find(By.tagName("main"));
        return driver.getPageSource();
    }

    /** Chooses a file for a file upload field, as a person picks it from their computer. */
    void attach(String name, Path file) {
        find(By.name(name)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Types on at the end of what the field already holds, as a person carries on typing. */
    void typeMore(String name, String text) {
        find(By.name(name)).sendKeys(text);
    }

    /** The values of the summary-list rows with this label on the page shown (the case file and the brief each have one). */
    List<String> summaryValues(String label) {
        find(By.tagName("main"));
        return driver.findElements(By.xpath("//dt[normalize-space()=" + literal(label) + "]/following-sibling::dd[1]")).stream()
                .map(WebElement::getText).toList();
    }

    /** The names a select offers, as people read them. */
    List<String> options(String name) {
        return new Select(find(By.name(name))).getOptions().stream().map(WebElement::getText).toList();
    }

    /** What the GOV.UK error summary of the page shown says. */
    String errorSummary() {
        return find(By.cssSelector(".govuk-error-summary")).getText();
    }

    /** What a field holds now (a textarea's text, an input's value). */
    String valueOf(String name) {
        return find(By.name(name)).getDomProperty("value");
    }

    /** The browser forgets its session cookie, as after the server ended the session: the next post has none. */
    void loseSession() {
        driver.manage().deleteAllCookies();
    }

    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "browser", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> pagesChecked() {
        return checked;
    }

    /**
     * Whether axe-core has passed the kind of page at {@code pattern} in this test JVM, in this browser or an earlier
     * one (each kind is checked once per JVM, by whichever test visits it first).
     */
    static boolean checkedInThisJvm(String pattern) {
        synchronized (KINDS_CHECKED) {
            return KINDS_CHECKED.stream().anyMatch(kind -> kind.startsWith(pattern + " "));
        }
    }

    /** Every address shown, in order, each scanned for internal codes. */
    List<String> pagesVisited() {
        return visited;
    }

    /** The documents this browser's user downloads (PDFs, CSVs), each scanned for internal codes like a page. */
    Downloads downloads() {
        return new Downloads(base, driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; ")), this::scan);
    }

    /** Every page shown: no internal code in what it says; axe-core on each new kind of page. */
    private void checkPage() {
        visited.add(path());
        scan(path(), text());
        checkAccessibility();
    }

    /** Notes the internal codes this text holds, to fail on, each listed, when the browser closes. */
    void scan(String where, String text) {
        List<String> found = codes.inContext(text);
        if (!found.isEmpty()) {
            codesFound.merge(where, found, (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList());
        }
    }

    /**
     * axe-core (bundled with the Selenium integration, so it runs offline) on the page now shown, once
     * per kind of page: the same address pattern with the same title (a task's form, the task list, an
     * error page) is the same template, and checking it again on every visit took half the journey.
     */
    private void checkAccessibility() {
        if (!javascript) {
            return;
        }
        String pattern = path().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("PR-\\d{4}-\\d+", "{ref}");
        if (!KINDS_CHECKED.add(pattern + " " + title())) {
            return;
        }
        long began = System.nanoTime();
        Results results = analyse();
        accessibilityNanos += System.nanoTime() - began;
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe).toList();
        assertThat(serious).as("serious or critical accessibility violations on %s", path()).isEmpty();
        kindsChecked++;
        checked.add(pattern);
    }

    /**
     * Clicks what this finds on the page now shown; the click leads to a new page (a link, or a POST
     * answered by a redirect or a page of errors). The page left behind is marked first, and the wait
     * ends when the document shown is an unmarked one that has finished loading: a condition on the new
     * page, asked afresh each time, never an element of the old one.
     */
    private void navigateBy(By target) {
        WebElement element = find(target);
        script("document.practiceReviewLeft = true");
        element.click();
        wait(PATIENCE).ignoring(WebDriverException.class).until(d ->
                Boolean.TRUE.equals(script("return document.practiceReviewLeft !== true && document.readyState === 'complete'")));
        checkPage();
    }

    /** The element on the page now shown, waited for while that page is still being built. */
    private WebElement find(By target) {
        return wait(PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(target));
    }

    private WebDriverWait wait(Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience);
        wait.pollingEvery(POLL);
        return wait;
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Injecting axe can race a page still loading after a redirect: wait for the page, and try again. */
    private Results analyse() {
        for (int attempt = 1; ; attempt++) {
            try {
                wait(PATIENCE).until(d -> "complete".equals(script("return document.readyState")));
                return new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                        .analyze(driver);
            } catch (JavascriptException e) {
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
        System.out.printf("browser: %d kinds of page checked by axe-core, %d s of %d s in the browser spent on those checks%n",
                kindsChecked, accessibilityNanos / 1_000_000_000, (System.nanoTime() - opened) / 1_000_000_000);
        driver.quit();
        assertThat(codesFound).as("internal codes on pages and downloads meant for people").isEmpty();
    }
}
