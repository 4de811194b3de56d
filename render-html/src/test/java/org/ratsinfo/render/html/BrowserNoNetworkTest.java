package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.document.LinkTargets;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testing.PaperContexts;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.LoopbackServer;
import org.ratsinfo.validation.ModelValidator;

/**
 * The HTML of the hostile corpus, with a reference to a loopback server in every text field, opened
 * in real headless Chromium (as page and as fragment in a host page, German and English): once each
 * page has loaded and settled, the server has received no connection and the browser has fetched no
 * resource. {@link #theCheckCatchesAnImageThatLoads()} proves that a page that does fetch is caught.
 *
 * <p>Skipped where Chromium is missing (see {@link org.ratsinfo.testing.SystemTools}); CI installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BrowserNoNetworkTest {

  /** How long a page may go on after loading: images, fonts, prefetches, refreshes, scripts. */
  private static final Duration SETTLE = Duration.ofMillis(400);

  private static final String RESOURCES =
      "return performance.getEntriesByType('resource').map(e => e.name);";

  private AxeBrowser browser;
  private LoopbackServer server;
  @TempDir Path dir;

  @BeforeAll
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void start() throws IOException {
    browser = AxeBrowser.start();
    server = LoopbackServer.start();
  }

  @AfterAll
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theHostileCorpusFetchesNothingInABrowser() throws IOException {
    int pages = 0;
    for (HostileCorpus.Case c : HostileCorpus.renderable()) {
      Excerpt withReferences = HostileCorpus.withReferencesTo(c.read(), server);
      for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
        if (!ModelValidator.standard().validate(withReferences, locale).isEmpty()) {
          continue;
        }
        RenderOptions options = RenderOptions.builder().locale(locale).build();
        String page = HtmlRenderer.builder().options(options).build().renderToString(withReferences);
        String fragment = HtmlRenderer.builder().options(options).fragment(true).build()
            .renderToString(withReferences);
        String name = c.name().replaceAll("[^a-z0-9-]+", "-") + "-" + locale.getLanguage();
        assertFetchesNothing(write(name + ".html", page));
        assertFetchesNothing(write(name + "-fragment.html", hostPage(fragment)));
        pages += 2;
      }
    }
    assertFalse(pages < 10, "pages opened: " + pages);
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  /**
   * Links to the loopback server (files at its http and https addresses, linked papers at its http
   * address) are never followed or prefetched while a page loads and settles.
   */
  @Test
  void linksAreNotFollowed() throws IOException {
    for (String files : List.of(server.origin() + "/files/", "https://" + server.host() + "/files/")) {
      Excerpt excerpt = PaperContexts.withContext(Reference.excerpt(), files);
      RenderOptions options = RenderOptions.builder().linkTargets(new LinkTargets() {
        @Override
        public String paper(@Nullable String id, @Nullable String reference) {
          return server.origin() + "/paper/" + reference;
        }
      }).build();
      String page = HtmlRenderer.builder().options(options).build().renderToString(excerpt);
      String fragment = HtmlRenderer.builder().options(options).fragment(true).build()
          .renderToString(excerpt);
      assertTrue(page.contains("href=\"" + files), page);
      assertTrue(page.contains("href=\"" + server.origin() + "/paper/"), page);
      String name = files.startsWith("https") ? "https" : "http";
      assertFetchesNothing(write("links-" + name + ".html", page));
      assertFetchesNothing(write("links-" + name + "-fragment.html", hostPage(fragment)));
    }
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  /** The check can fail: a page with an image from the loopback server is caught. */
  @Test
  void theCheckCatchesAnImageThatLoads() throws IOException {
    try (LoopbackServer other = LoopbackServer.start()) {
      String page = HtmlRenderer.builder().build().renderToString(HostileCorpus.base())
          .replace("</article>", "<img src=\"" + other.origin() + "/x.png\" alt=\"\"></article>");
      Path file = write("injected.html", page);
      browser.open(file, 800, 1000, SETTLE);
      assertFalse(other.requests().isEmpty(), "the server saw the image's request");
      assertFalse(((List<?>) browser.script(RESOURCES)).isEmpty(), "the browser fetched it");
    }
  }

  private void assertFetchesNothing(Path file) {
    browser.open(file, 800, 1000, SETTLE);
    assertEquals(List.of(), server.requests(), () -> "connections to the loopback server from " + file);
    assertEquals(List.of(), browser.script(RESOURCES), () -> "resources fetched by " + file);
  }

  private static String hostPage(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Ratsinformationssystem</title>\n<style>\n" + HtmlRenderer.defaultStylesheet()
        + "\n</style>\n</head>\n<body>\n<main>\n" + fragment + "\n</main>\n</body>\n</html>\n";
  }

  private Path write(String name, String html) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }
}
