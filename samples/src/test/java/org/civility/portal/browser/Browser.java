package org.civility.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven by its ChromeDriver, pointed at the deployed portal on
 * 127.0.0.1 (whatever host the container adapter reports). No sandbox (CI runs as root), no
 * background networking (the machine's network is closed). {@code scripts/browser-deps} installs both.
 *
 * <p>Every lookup through {@link #driver()} first waits until the page has settled (the UI's
 * {@code civilitySettled()}: rendered for the current address, no API call under way), so a test reads what
 * the page shows after its last action, never a page half-way through a rendering, however slow the machine.
 * Every wait gives up after {@link #PATIENCE} and says what it waited for.
 */
public final class Browser implements AutoCloseable {

    /** Phone-sized window for residents and volunteers (they arrive from WeChat links). */
    public static final Dimension PHONE = new Dimension(412, 1400);
    /** Desktop window for staff. */
    public static final Dimension DESKTOP = new Dimension(1366, 1600);

    private static final String CHROMIUM = System.getProperty("civility.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("civility.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("civility.screenshots", "target/screenshots"));

    private static final String AUDIT = resource("/browser/audit.js");
    /** axe-core (Deque, MPL-2.0, {@code browser/axe-core.LICENSE.txt}), put into a page before it is run there. */
    private static final String AXE = resource("/browser/axe.min.js");
    /** The WCAG 2.0 and 2.1 rules of levels A and AA, the level the UI promises. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            // Frames are left out: the one frame of the UI shows a PDF (the poster), which is not the UI's page.
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'], iframes: false })
              .then(r => done(r.violations.map(v => 'axe ' + v.id + ' (' + v.impact + '): '
                + v.nodes.slice(0, 10).map(n => n.target.join(' ')).join(' | ')
                + (v.nodes.length > 10 ? ' | and ' + (v.nodes.length - 10) + ' more' : '') + ' - ' + v.help)))
              .catch(e => done(['axe could not run: ' + e]));
            """;

    /** How long any wait of a journey lasts at most. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String SETTLED = "return typeof window.civilitySettled !== 'function' || window.civilitySettled();";
    private static final String STATE = "const m = document.getElementById('main');"
            + " return 'address ' + location.href + ', rendered ' + (m && m.getAttribute('data-ready'));";

    private final AtomicInteger settled = new AtomicInteger();
    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver chrome, Path profile, String base) {
        this.chrome = chrome;
        this.driver = new EventFiringDecorator<WebDriver>(new SettleFirst(this)).decorate(chrome);
        this.profile = profile;
        this.base = base;
    }

    /** A new browser (own empty profile) on the deployment, with a window of the given size. */
    public static Browser open(URL deployment, Dimension window) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Chromium or ChromeDriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): run scripts/browser-deps");
        }
        URI u = URI.create(deployment.toString());
        String path = u.getPath().endsWith("/") ? u.getPath() : u.getPath() + "/";
        try {
            Path profile = Files.createTempDirectory("civility-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--disable-default-apps", "--disable-extensions",
                    // Pages load nothing from the internet, not even a web font a test server's page links to.
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                    "--user-data-dir=" + profile, "--lang=zh-CN",
                    "--window-size=" + Math.max(window.getWidth(), 500) + "," + window.getHeight());
            if (window.getWidth() < 500) {
                // Headless windows are at least 500 px wide: emulate the phone's viewport instead.
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                        Map.of("width", window.getWidth(), "height", window.getHeight(), "pixelRatio", 1.0)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                    // The portal's users are in China: pages show and take times in Beijing time.
                    .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(PATIENCE);
            return new Browser(driver, profile, "http://127.0.0.1:" + u.getPort() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The portal's root URL on 127.0.0.1. */
    public String base() {
        return base;
    }

    /**
     * Opens a page of the UI (#/route) and waits until it has rendered. The page is rendered anew even when the
     * browser already shows that address (a new visit shows what the API answers now).
     */
    public Browser go(String route) {
        String target = base + "#/" + route;
        if (target.equals(chrome.getCurrentUrl())) {
            chrome.navigate().refresh();
        } else {
            chrome.get(target);
        }
        String name = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        return waitReady(name);
    }

    /** Waits until the page of that name has rendered (main[data-ready=name]) and settled. */
    public Browser waitReady(String name) {
        waitFor(By.cssSelector("main[data-ready='" + name + "']"));
        return this;
    }

    /**
     * Waits until the page has settled (see the class comment); a page of the portal that is not the UI (a PDF, the
     * poster) is settled once loaded.
     */
    public void awaitSettled(Object reason) {
        settled.incrementAndGet();
        try {
            new WebDriverWait(chrome, PATIENCE).until(d -> Boolean.TRUE.equals(chrome.executeScript(SETTLED)));
        } catch (TimeoutException e) {
            throw new TimeoutException("The page did not settle within " + PATIENCE + " before "
                    + reason + " (" + chrome.executeScript(STATE) + ")", e);
        }
    }

    /** How many times this browser waited for the page to settle (proof that lookups do). */
    public int settleWaits() {
        return settled.get();
    }

    /**
     * Makes every lookup through the driver wait for a settled page. Public: the decorator calls it by reflection,
     * and a listener it cannot access is skipped with a mere warning.
     */
    public static final class SettleFirst implements WebDriverListener {

        private final Browser browser;

        SettleFirst(Browser browser) {
            this.browser = browser;
        }

        @Override
        public void beforeFindElement(WebDriver driver, By locator) {
            browser.awaitSettled(locator);
        }

        @Override
        public void beforeFindElements(WebDriver driver, By locator) {
            browser.awaitSettled(locator);
        }
    }

    /** Waits (at most {@link #PATIENCE}) until the condition holds, saying what it waited for if it gives up. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition);
    }

    /** Signs in through the sign-in form, then waits for the start page of that actor. */
    public Browser signIn(String user, String password) {
        driver.get(base + "#/sign-in");
        waitReady("sign-in");
        WebElement name = driver.findElement(By.id("sign-in-username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("sign-in-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
        until("the start page of " + user + " after signing in", d -> {
            String ready = d.findElement(By.id("main")).getAttribute("data-ready");
            return ready != null && !"sign-in".equals(ready) && !"home".equals(ready);
        });
        return this;
    }

    public Browser signIn(String user) {
        return signIn(user, "civility-demo");
    }

    /** Waits (at most {@link #PATIENCE}) for an element to be visible and answers it. */
    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits (at most {@link #PATIENCE}) until an element's text contains the given text. */
    public WebElement waitForText(By by, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    /**
     * Saves this browser's downloads into {@code dir} (created if missing) under the names the page gives them,
     * without asking: tests then assert the file.
     */
    public Browser downloadTo(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
        return this;
    }

    /** Runs a script in the page as it is now (without waiting for it to settle). */
    public Object script(String js, Object... args) {
        return chrome.executeScript(js, args);
    }

    /**
     * What keeps the page as it stands from being usable by everyone: controls without a label, buttons
     * and links without a name, text below WCAG AA contrast ({@code browser/audit.js}). Empty when none.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityProblems() {
        return (List<String>) script(AUDIT);
    }

    /**
     * What axe-core finds on the page as it stands against WCAG 2.0 and 2.1, levels A and AA: one line per rule
     * broken, with its impact and the selectors of the elements that break it (at most ten). Empty when none.
     */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        if (!Boolean.TRUE.equals(chrome.executeScript("return typeof window.axe === 'object';"))) {
            chrome.executeScript(AXE);
        }
        return (List<String>) chrome.executeAsyncScript(AXE_RUN);
    }

    /**
     * Saves a PNG of the window as target/screenshots/<name>.png and answers its path, after checking
     * that the page has no {@link #accessibilityProblems()} and no {@link #axeViolations()}: every page a journey
     * shows is audited.
     */
    public Path screenshot(String name) {
        awaitSettled("the screenshot " + name);
        List<String> problems = new ArrayList<>(accessibilityProblems());
        problems.addAll(axeViolations());
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility problems on " + driver.getCurrentUrl() + " (" + name + "):\n  "
                    + String.join("\n  ", problems));
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (var in = Browser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            chrome.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind is harmless.
            }
        }
    }
}
