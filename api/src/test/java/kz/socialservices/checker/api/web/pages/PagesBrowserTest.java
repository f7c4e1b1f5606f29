package kz.socialservices.checker.api.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.log.Log;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.runtime.Runtime;
import org.openqa.selenium.devtools.v156.runtime.model.ConsoleAPICalled;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.PageSecurity;
import kz.socialservices.checker.api.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, as .ci/run installs
 * them; no driver download), each role signed in through the sign-in form with an account made by the
 * real account service: the centre checks the sample and reads its report, stores it and finds it among
 * its earlier runs, is refused the ministry's dashboard, switches language,
 * the ministry drills down its dashboard, the drafter simulates asm-02-seven-days and sweeps the
 * assessment deadline, the centre downloads its pack. Each test saves a screenshot under
 * {@code target/screenshots} and fails on a browser console error (a CSP violation is one) or a
 * request to another host. One browser and one Spring context for all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver browser;
    static DevTools devTools;
    static Path downloads;
    static Path profile;
    static final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    static final List<String> foreignRequests = Collections.synchronizedList(new ArrayList<>());

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** One account per role (the centre's of the sample's centre), made once; their random passwords. */
    static final Map<Role, String[]> signIns = new java.util.EnumMap<>(Role.class);

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium is needed: apt-get install -y chromium chromium-driver (as .ci/run does)").isExecutable();
        assertThat(DRIVER).as("chromedriver is needed: apt-get install -y chromium-driver (as .ci/run does)").isExecutable();
        Files.createDirectories(SHOTS);
        downloads = Files.createTempDirectory("browser-downloads");
        profile = Files.createTempDirectory("browser-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        // The driver given: Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        devTools = browser.getDevTools();
        devTools.createSession();
        devTools.send(Log.enable());
        devTools.send(Runtime.enable());
        devTools.send(Network.enable(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        devTools.addListener(Log.entryAdded(), e -> {
            if (e.getLevel() == org.openqa.selenium.devtools.v156.log.model.LogEntry.Level.ERROR) {
                consoleErrors.add(e.getSource() + ": " + e.getText() + " " + e.getUrl().orElse(""));
            }
        });
        devTools.addListener(Runtime.consoleAPICalled(), e -> {
            if (e.getType() == ConsoleAPICalled.Type.ERROR) {
                consoleErrors.add("console.error: " + e.getArgs().stream().map(a -> String.valueOf(a.getValue().orElse(a.getDescription().orElse(""))))
                        .toList());
            }
        });
        devTools.addListener(Runtime.exceptionThrown(), e -> consoleErrors.add("uncaught: " + e.getExceptionDetails().getText()
                + " " + e.getExceptionDetails().getException().flatMap(x -> x.getDescription()).orElse("")));
        devTools.addListener(Network.requestWillBeSent(), e -> {
            String url = e.getRequest().getUrl();
            if (!(url.startsWith("data:") || url.startsWith("blob:"))) {
                String host = URI.create(url).getHost();
                if (!Set.of("127.0.0.1", "localhost").contains(host)) {
                    foreignRequests.add(url);
                }
            }
        });
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void clean() {
        consoleErrors.clear();
        foreignRequests.clear();
        synchronized (signIns) {
            for (Role role : Role.values()) {
                signIns.computeIfAbsent(role, r -> account(r, "KC-KRG-01"));
            }
        }
    }

    /** A new account of the role through the real service: its name and password. */
    private String[] account(Role role, String centre) {
        String name = "browser-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String password = accounts.randomPassword();
        accounts.create(name, role, role == Role.CENTRE ? centre : null, password, "test");
        return new String[] {name, password};
    }

    /** Signs out whoever is signed in (the language cookie stays), then signs in through the form; lands on the role's page. */
    private void signIn(String[] account, String landing) {
        browser.get(url("/sign-in"));
        List<WebElement> out = browser.findElements(By.id("sign-out"));
        if (!out.isEmpty()) {
            out.get(0).click();
            waiting(10).until(d -> !d.findElements(By.id("signed-out")).isEmpty());
        }
        browser.findElement(By.id("username")).sendKeys(account[0]);
        browser.findElement(By.id("password")).sendKeys(account[1]);
        browser.findElement(By.id("sign-in")).click();
        waiting(10).until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(landing));
    }

    private void signIn(Role role) {
        signIn(signIns.get(role), PageSecurity.LANDING.get(role));
    }

    @AfterEach
    void screenshotAndNoErrors(TestInfo test) throws IOException {
        Path shot = SHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png");
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(consoleErrors).as("browser console errors in %s", test.getDisplayName()).isEmpty();
        assertThat(foreignRequests).as("requests to another host in %s", test.getDisplayName()).isEmpty();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void chartsDrawn() {
        waiting(10).until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
    }

    /** Checks the sample register as of a date, from the landing page, by keyboard-reachable controls. */
    private void checkTheSample(String lang) {
        checkTheSample(lang, "2025-03-31");
    }

    private void checkTheSample(String lang, String asOfDay) {
        browser.get(url("/centre?lang=" + lang));
        browser.findElement(By.id("sample")).click();
        WebElement asOf = browser.findElement(By.id("asOf"));
        browser.executeScript("arguments[0].value = arguments[1]", asOf, asOfDay);
        browser.findElement(By.id("check")).click();
        waiting(30).until(d -> !d.findElements(By.id("rows")).isEmpty());
    }

    @Test
    void the_centre_checks_the_sample_and_reads_its_report_in_russian() {
        signIn(Role.CENTRE);
        checkTheSample("ru");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.findElement(By.id("rows")).getText()).isEqualTo("Строк прочитано: 70, оценено: 70, отклонено: 0");
        assertThat(browser.findElement(By.id("h-overdue")).getText()).isEqualTo("Просрочено (2)");
        List<WebElement> due = browser.findElements(By.cssSelector("#t-due tbody td.date"));
        List<String> dates = due.stream().map(WebElement::getText).toList();
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        assertThat(dated).as("due dates, soonest first").isNotEmpty().isSorted();
        assertThat(dates.subList(0, dated.size())).as("undated duties last").isEqualTo(dated);
        assertThat(browser.findElements(By.cssSelector("#findings .finding"))).hasSizeGreaterThan(40);
        new Select(browser.findElement(By.id("f-req"))).selectByValue("ASM-02");
        new Select(browser.findElement(By.id("f-verdict"))).selectByValue("NON_COMPLIANT");
        browser.findElement(By.id("apply")).click();
        waiting(10).until(d -> d.getCurrentUrl().contains("requirement=ASM-02"));
        List<WebElement> findings = browser.findElements(By.cssSelector("#findings .finding"));
        assertThat(findings).hasSize(7);
        assertThat(findings).allSatisfy(f -> assertThat(f.getText()).startsWith("ASM-02").contains("не соответствует")
                .contains("Правовая основа"));
        chartsDrawn();
    }

    @Test
    void the_language_chosen_is_remembered_from_page_to_page() {
        signIn(Role.CENTRE);
        browser.get(url("/centre?lang=ru"));
        browser.findElement(By.id("lang-kk")).click();
        waiting(10).until(d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Орталықтың есебі");
        signIn(Role.DRAFTER);
        browser.get(url("/drafter"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Түзетулер әзірлеу");
        browser.findElement(By.id("lang-en")).click();
        waiting(10).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        signIn(Role.MINISTRY);
        browser.get(url("/ministry?asOf=2025-12-31"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ministry dashboard");
        chartsDrawn();
    }

    @Test
    void the_ministry_drills_down_from_a_region_to_its_centres_to_a_centres_requirements() {
        signIn(Role.MINISTRY);
        browser.get(url("/ministry?asOf=2025-12-31&lang=en"));
        chartsDrawn();
        assertThat(browser.findElements(By.cssSelector("#t-region tbody tr"))).hasSizeGreaterThan(10);
        assertThat(browser.findElement(By.id("t-owner")).getText()).contains("state", "non-state");
        browser.findElement(By.linkText("Almaty city")).click();
        waiting(10).until(d -> d.findElement(By.tagName("h1")).getText().contains("Almaty city"));
        List<WebElement> centres = browser.findElements(By.cssSelector("#t-centres tbody th a"));
        assertThat(centres).isNotEmpty();
        String centre = centres.get(0).getText();
        centres.get(0).click();
        waiting(10).until(d -> d.findElement(By.tagName("h1")).getText().contains(centre));
        List<WebElement> rows = browser.findElements(By.cssSelector("#t-reqs tbody tr"));
        assertThat(rows).hasSizeGreaterThan(30);
        assertThat(browser.findElement(By.id("t-reqs")).getText()).contains("ASM-02").contains("suppressed");
        chartsDrawn();
    }

    @Test
    void the_drafter_simulates_asm_02_seven_days_over_the_national_register_and_sees_the_flips() {
        signIn(Role.DRAFTER);
        browser.get(url("/drafter?lang=en"));
        browser.findElement(By.id("pkg-asm-02-seven-days")).click();
        browser.executeScript("arguments[0].value = '2017-01-20'", browser.findElement(By.id("inForceFrom")));
        browser.executeScript("arguments[0].value = '2025-12-31'", browser.findElement(By.id("sim-asOf")));
        browser.findElement(By.id("simulate")).click();
        waiting(120).until(d -> !d.findElements(By.id("sim-done")).isEmpty());
        assertThat(browser.findElement(By.id("t-flips")).getText()).contains("ASM-02 NON_COMPLIANT->COMPLIANT");
        assertThat(browser.findElement(By.id("t-rates-ownership")).getText()).contains("state");
        assertThat(browser.findElement(By.id("memo")).getText()).contains("ASM-02");
        chartsDrawn();
    }

    @Test
    void the_drafter_sweeps_the_assessment_deadline_from_1_to_14_days() {
        signIn(Role.DRAFTER);
        browser.get(url("/drafter?lang=en"));
        browser.executeScript("arguments[0].value = '2025-12-31'", browser.findElement(By.id("sweep-asOf")));
        browser.findElement(By.id("sweep")).click();
        waiting(120).until(d -> !d.findElements(By.id("t-sweep")).isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("#t-sweep tbody tr"));
        assertThat(rows).hasSize(14);
        assertThat(rows.get(0).getText()).startsWith("1 ");
        assertThat(browser.findElement(By.id("t-sweep")).getText()).contains("state", "non-state");
        chartsDrawn();
    }

    @Test
    void the_centre_downloads_its_inspection_pack() throws Exception {
        signIn(Role.CENTRE);
        checkTheSample("kk");
        browser.findElement(By.id("dl-pack")).click();
        Path pdf = waitForDownload(".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getFileName().toString()).endsWith("-kk.pdf");
    }

    @Test
    void the_sign_in_page_speaks_three_languages_refuses_a_wrong_password_and_lands_each_role_on_its_page() throws IOException {
        browser.get(url("/sign-in"));
        List<WebElement> out = browser.findElements(By.id("sign-out"));
        if (!out.isEmpty()) {
            out.get(0).click();
        }
        browser.get(url("/centre?lang=en"));
        waiting(10).until(d -> d.getCurrentUrl().contains("/sign-in"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.findElement(By.id("lang-kk")).click();
        waiting(10).until(d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Кіру");
        browser.findElement(By.id("lang-ru")).click();
        waiting(10).until(d -> "ru".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        Files.write(SHOTS.resolve("sign-in.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.findElement(By.id("username")).sendKeys(signIns.get(Role.CENTRE)[0]);
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        waiting(10).until(d -> !d.findElements(By.id("sign-in-failed")).isEmpty());
        assertThat(browser.findElement(By.id("sign-in-failed")).getText()).isEqualTo("Неверное имя учётной записи или пароль.");
        for (Role role : Role.values()) {
            signIn(role);
            assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).as(role + " signed in").isTrue();
        }
        assertThat(browser.findElement(By.id("accounts")).getText()).contains(signIns.get(Role.CENTRE)[0], "KC-KRG-01");
    }

    @Test
    void a_centre_is_refused_the_ministrys_dashboard_and_the_drafters_page() {
        signIn(Role.CENTRE);
        for (String page : List.of("/ministry?lang=en", "/drafter?lang=en", "/accounts?lang=en")) {
            browser.get(url(page));
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("Not for your role");
            assertThat(browser.getPageSource()).as(page).doesNotContain("t-region", "simulate-form", "account-form");
        }
        // The refused pages' own 403s are what the test asked for; nothing else may be in the console.
        consoleErrors.removeIf(e -> e.contains("status of 403") && (e.contains("/ministry") || e.contains("/drafter") || e.contains("/accounts")));
    }

    @Test
    void a_centre_stores_the_sample_twice_and_sees_its_earlier_runs_and_what_changed() {
        String[] centre = account(Role.CENTRE, "KC-KRG-01");
        signIn(centre, "/centre");
        Set<String> listed = runsListed();
        checkTheSample("en", "2025-03-31");
        browser.findElement(By.id("store-run")).click();
        waiting(30).until(d -> !d.findElements(By.id("run-stored")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector("#earlier-runs tbody tr"));
        assertThat(listed).as("the run just stored is new in the list, latest first").doesNotContain(first.getAttribute("data-run"));
        assertThat(first.getText()).contains("2025-03-31", centre[0], "70");
        listed = runsListed();
        checkTheSample("en", "2025-06-30");
        browser.findElement(By.id("store-run")).click();
        waiting(30).until(d -> !d.findElements(By.id("run-stored")).isEmpty());
        WebElement second = browser.findElement(By.cssSelector("#earlier-runs tbody tr"));
        assertThat(listed).doesNotContain(second.getAttribute("data-run"));
        assertThat(second.getText()).contains("2025-06-30", centre[0]);
        // Three months later some duties have fallen due: findings moved from pending to non-compliant, the cases the same.
        assertThat(browser.findElement(By.id("changed-verdicts")).getText()).contains("ASM-02").containsPattern("→");
        assertThat(browser.findElements(By.id("new-cases"))).isEmpty();
        assertThat(browser.findElements(By.id("gone-cases"))).isEmpty();
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("h-earlier"))); // for the screenshot
    }

    private static Set<String> runsListed() {
        return browser.findElements(By.cssSelector("#earlier-runs tbody tr")).stream().map(r -> r.getAttribute("data-run"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Path waitForDownload(String suffix) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads);
    }
}
