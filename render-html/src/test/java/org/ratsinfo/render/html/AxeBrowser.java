package org.ratsinfo.render.html;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;
import org.ratsinfo.testing.SystemTools;

/**
 * axe-core in Debian's headless Chromium, driven by Debian's chromedriver: both paths are given
 * explicitly, so Selenium Manager never runs and nothing is downloaded. Also opens a page to measure
 * it or to watch what it fetches ({@link #open}, {@link #script}). Start one per test class (a
 * start costs about a second); every wait is bounded.
 *
 * <p>Skips the calling test if chromium or chromedriver is missing, or fails it on CI (see {@link
 * SystemTools}).
 */
final class AxeBrowser implements AutoCloseable {

  /** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Duration DRIVER_START = Duration.ofSeconds(30);
  private static final Duration COMMAND = Duration.ofSeconds(60);
  private static final Duration PAGE_LOAD = Duration.ofSeconds(30);
  private static final int AXE_SECONDS = 30;

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private AxeBrowser(Path profile, ChromeDriverService service, ChromeDriver driver) {
    this.profile = profile;
    this.service = service;
    this.driver = driver;
  }

  /** Starts headless Chromium with a fresh profile in a temporary directory. */
  static AxeBrowser start() throws IOException {
    Path chromium = SystemTools.require(SystemTools.CHROMIUM);
    Path chromedriver = SystemTools.require(SystemTools.CHROMEDRIVER);
    Path profile = Files.createTempDirectory("ratsinfo-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // Offline and quiet: without these Chromium reaches out to Google and can stall.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withTimeout(DRIVER_START)
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options,
          ClientConfig.defaultConfig().connectionTimeout(DRIVER_START).readTimeout(COMMAND));
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(COMMAND);
      return new AxeBrowser(profile, service, driver);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      throw e;
    }
  }

  /** Opens a local file and runs axe on it with the {@link #WCAG_21_AA} rules. */
  Results analyze(Path page) {
    driver.get(page.toUri().toString());
    Results results = new AxeBuilder().withTags(WCAG_21_AA).setTimeout(AXE_SECONDS).analyze(driver);
    if (results.isErrored()) {
      Assertions.fail("axe failed on " + page + ": " + results.getErrorMessage());
    }
    return results;
  }

  /**
   * Opens a local file at the given window size and waits until it has loaded and then for {@code
   * settle}, for anything the page might still fetch or run.
   */
  void open(Path page, int width, int height, Duration settle) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(page.toUri().toString());
    long until = System.nanoTime() + PAGE_LOAD.toNanos();
    while (!"complete".equals(script("return document.readyState;"))) {
      if (System.nanoTime() > until) {
        Assertions.fail(page + " did not finish loading in " + PAGE_LOAD);
      }
      pause(Duration.ofMillis(20));
    }
    pause(settle);
  }

  /** Runs a script in the open page and returns its result (see Selenium's executeScript). */
  Object script(String script) {
    return driver.executeScript(script);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Asserts that axe found no violation, listing every one it found otherwise. */
  static void assertNoViolations(String what, Results results) {
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      Assertions.fail(violations.size() + " accessibility violation(s) (WCAG 2.1 A/AA) in " + what
          + ":\n" + describe(violations));
    }
  }

  /** One block per violated rule: id, impact, help, help URL and the target of every node. */
  static String describe(List<Rule> violations) {
    StringBuilder text = new StringBuilder();
    for (Rule rule : violations) {
      text.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
          .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
      for (CheckedNode node : rule.getNodes()) {
        text.append("    at ").append(node.getTarget()).append(": ").append(node.getHtml()).append('\n');
        String summary = node.getFailureSummary();
        if (summary != null && !summary.isBlank()) {
          text.append("       ").append(summary.strip().replace("\n", "\n       ")).append('\n');
        }
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
