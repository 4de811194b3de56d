package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Proves the accessibility harness on hand-written pages: a clean page passes, and a broken one
 * fails with the violations listed, so that a passing renderer test means something.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AxeHarnessTest {

  private AxeBrowser browser;
  @TempDir Path dir;

  @BeforeAll
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void startBrowser() throws IOException {
    browser = AxeBrowser.start();
  }

  @AfterAll
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAccessiblePageHasNoViolations() throws IOException {
    Results results = browser.analyze(page("accessible.html"));
    AxeBrowser.assertNoViolations("accessible.html", results);
    // axe really ran the WCAG rules: these passed, they were not merely absent.
    Set<String> passed = ids(results.getPasses());
    assertTrue(passed.containsAll(List.of("html-has-lang", "document-title", "image-alt")),
        passed.toString());
  }

  @Test
  void aBrokenPageFailsWithEveryViolationListed() throws IOException {
    Results results = browser.analyze(page("broken.html"));
    Set<String> violated = ids(results.getViolations());
    assertTrue(violated.containsAll(
        List.of("html-has-lang", "document-title", "image-alt", "label", "link-name")),
        violated.toString());

    AssertionFailedError failure = assertThrows(AssertionFailedError.class,
        () -> AxeBrowser.assertNoViolations("broken.html", results));
    String report = failure.getMessage();
    assertTrue(report.startsWith(violated.size() + " accessibility violation(s) (WCAG 2.1 A/AA) in"
        + " broken.html:\n"), report);
    assertTrue(report.contains("- image-alt [critical] Images must have alternative text"), report);
    assertTrue(report.contains("at [img]: <img src="), report);
    assertTrue(report.contains("- html-has-lang [serious] "), report);
  }

  @Test
  void onlyTheWcag21AaRulesRun() throws IOException {
    Results results = browser.analyze(page("broken.html"));
    for (Rule rule : results.getViolations()) {
      assertFalse(rule.getTags().stream().noneMatch(AxeBrowser.WCAG_21_AA::contains),
          rule.getId() + " " + rule.getTags());
    }
    assertEquals(Set.of(), ids(results.getViolations()).stream()
        .filter(id -> id.equals("region") || id.equals("landmark-one-main"))
        .collect(java.util.stream.Collectors.toSet()), "best-practice rules are not asked for");
  }

  private Path page(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(
        AxeHarnessTest.class.getResourceAsStream("a11y/" + name), name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static Set<String> ids(List<Rule> rules) {
    Set<String> ids = new TreeSet<>();
    rules.forEach(rule -> ids.add(rule.getId()));
    return ids;
  }
}
