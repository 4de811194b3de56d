package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.json.RatsinfoJson;
import org.ratsinfo.model.Audience;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;

/**
 * The reference excerpt, rendered as a page and as a fragment in German and English, and the agenda and
 * the minutes of the Musterstadt meeting, internal and public, have no WCAG 2.1 A/AA violation that axe-core finds in a real browser. {@link AxeHarnessTest} proves that the harness
 * reports violations at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HtmlAccessibilityTest {

  private static final Excerpt EXCERPT = readSample();

  private AxeBrowser browser;
  @TempDir Path dir;

  static Stream<Locale> locales() {
    return Stream.of(Locale.GERMANY, Locale.ENGLISH);
  }

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

  @ParameterizedTest
  @MethodSource("locales")
  void thePageHasNoViolations(Locale locale) throws IOException {
    String page = renderer(locale, false).renderToString(EXCERPT);
    Path file = write("page-" + locale.toLanguageTag() + ".html", page);
    check("the page (" + locale.toLanguageTag() + ") " + file, browser.analyze(file));
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theContestedItemHasNoViolations(Locale locale) throws IOException {
    String page = renderer(locale, false).renderToString(Reference.contested());
    Path file = write("contested-" + locale.toLanguageTag() + ".html", page);
    String what = "the contested item (" + locale.toLanguageTag() + ") " + file;
    Results results = browser.analyze(file);
    AxeBrowser.assertNoViolations(what, results);
    // It has no list, but tables: their headers were checked.
    Set<String> passed = new TreeSet<>();
    results.getPasses().forEach(rule -> passed.add(rule.getId()));
    assertTrue(passed.containsAll(List.of("html-has-lang", "valid-lang", "color-contrast", "th-has-data-cells")),
        what + ": " + passed);
  }

  /** With a Beratungsfolge, linked papers and attachments: the links, lists and tables were checked. */
  @ParameterizedTest
  @MethodSource("locales")
  void thePaperInItsContextHasNoViolations(Locale locale) throws IOException {
    String page = PaperContext.renderer(false, locale).renderToString(PaperContext.excerpt());
    Path file = write("context-" + locale.toLanguageTag() + ".html", page);
    String what = "the paper in its context (" + locale.toLanguageTag() + ") " + file;
    Results results = browser.analyze(file);
    AxeBrowser.assertNoViolations(what, results);
    Set<String> passed = new TreeSet<>();
    results.getPasses().forEach(rule -> passed.add(rule.getId()));
    assertTrue(passed.containsAll(List.of("html-has-lang", "valid-lang", "color-contrast", "list",
        "listitem", "link-name", "th-has-data-cells", "td-headers-attr")), what + ": " + passed);
  }

  static Stream<Arguments> meetingDocuments() {
    List<Arguments> all = new ArrayList<>();
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      for (Audience audience : Audience.values()) {
        for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
          all.add(Arguments.of(kind, audience, locale));
        }
      }
    }
    return all.stream();
  }

  /**
   * The agenda and the minutes of the Musterstadt meeting, internal and public, as pages: no
   * violation, and axe checked their tables' headers, their languages and contrast.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("meetingDocuments")
  void theAgendaAndTheMinutesHaveNoViolations(DocumentKind kind, Audience audience, Locale locale)
      throws IOException {
    HtmlRenderer renderer = renderer(locale, false);
    String page = renderer.renderToString(Reference.meetingDocument(renderer, kind, audience));
    Path file = write(kind + "-" + audience + "-" + locale.toLanguageTag() + ".html", page);
    String what = "the " + kind + " (" + audience + ", " + locale.toLanguageTag() + ") " + file;
    Results results = browser.analyze(file);
    AxeBrowser.assertNoViolations(what, results);
    Set<String> passed = new TreeSet<>();
    results.getPasses().forEach(rule -> passed.add(rule.getId()));
    assertTrue(passed.containsAll(List.of("html-has-lang", "valid-lang", "color-contrast", "th-has-data-cells")),
        what + ": " + passed);
  }

  @ParameterizedTest
  @MethodSource("locales")
  void theFragmentInAMinimalPageHasNoViolations(Locale locale) throws IOException {
    String fragment = renderer(locale, true).renderToString(EXCERPT);
    // A German host page, as a council's site would be, that embeds the fragment with the default
    // stylesheet; the fragment carries its own language.
    String page = "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Ratsinformationssystem</title>\n<style>\n" + HtmlRenderer.defaultStylesheet()
        + "\n</style>\n</head>\n<body>\n<main>\n" + fragment + "\n</main>\n</body>\n</html>\n";
    Path file = write("fragment-" + locale.toLanguageTag() + ".html", page);
    check("the fragment (" + locale.toLanguageTag() + ") " + file, browser.analyze(file));
  }

  /** No violation, and axe really checked the excerpt: its languages, contrast and lists passed. */
  private static void check(String what, Results results) {
    AxeBrowser.assertNoViolations(what, results);
    Set<String> passed = new TreeSet<>();
    results.getPasses().forEach(rule -> passed.add(rule.getId()));
    assertTrue(passed.containsAll(List.of("html-has-lang", "valid-lang", "color-contrast", "list")),
        what + ": " + passed);
  }

  private static HtmlRenderer renderer(Locale locale, boolean fragment) {
    return HtmlRenderer.builder()
        .options(RenderOptions.builder().locale(locale).build())
        .fragment(fragment)
        .build();
  }

  private Path write(String name, String html) throws IOException {
    return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
  }

  private static Excerpt readSample() {
    Path sample =
        Path.of(System.getProperty("ratsinfo.samples"), "herne-rat-2017-02-28-top-19.1.json");
    try {
      return RatsinfoJson.standard().readExcerpt(sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
