package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ratsinfo.testing.DocumentTrees.tally;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Table;
import org.ratsinfo.document.TallyLayout;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;

/**
 * A tally of 40 voting groups, laid out as rows by {@link TallyLayout#AUTO}: in headless Chromium at
 * the width of an A4 page (794 px) neither the page nor the tally's scroll region overflows sideways;
 * every group is a row header ({@code th scope="row"}) with its counts, every vote option a column
 * header ({@code th scope="col"}); axe finds no violation. The same tally as columns overflows, which
 * proves the check. The pages are kept in {@code target/html/}.
 *
 * <p>Skipped where Chromium is missing (see {@link org.ratsinfo.testing.SystemTools}); CI installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WideTallyTest {

  /** An A4 page's width and height at 96 pixels to the inch. */
  private static final int A4_WIDTH = 794;
  private static final int A4_HEIGHT = 1123;

  private static final String OVERFLOW = """
      const wide = [document.documentElement, ...document.querySelectorAll('.ratsinfo-table-scroll')]
          .filter(e => e.scrollWidth > e.clientWidth);
      return wide.map(e => e.className || e.tagName);""";

  /** Where the pages are kept, to look at. */
  private static final Path DIR = Path.of("target", "html");

  private AxeBrowser browser;

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
  void fortyGroupsFitAnA4WideWindowWithEveryFactInAHeaderedCell() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder().build();
    ExcerptDocument document = renderer.options().layout(HostileCorpus.manyGroups(40));
    Table tally = tally(document);
    assertEquals(3, tally.columnHeaders().size(), "the groups as rows");
    String html = renderer.renderToString(document);

    Document page = Reference.parse(html);
    Element table = page.selectFirst("table.ratsinfo-table");
    assertEquals(tally.columnHeaders(), table.select("thead th[scope=col]").eachText());
    assertEquals(41, table.select("tbody tr").size());
    for (int r = 0; r < tally.rows().size(); r++) {
      Element tr = table.select("tbody tr").get(r);
      Table.Row row = tally.rows().get(r);
      assertEquals(row.header(), tr.selectFirst("th[scope=row]").text());
      assertEquals(row.cells(), tr.select("td").eachText(), row.header());
    }
    assertTrue(table.select("tbody tr").get(40).text().startsWith("Fraktion 40"));

    Path file = write("tally-40.html", html);
    browser.open(file, A4_WIDTH, A4_HEIGHT, Duration.ZERO);
    assertEquals(List.of(), browser.script(OVERFLOW), "elements wider than the window");
    AxeBrowser.assertNoViolations("the 40-group page", browser.analyze(file));
  }

  /** The check above can fail: the same tally with its groups as columns overflows. */
  @Test
  void fortyGroupsAsColumnsOverflow() throws IOException {
    HtmlRenderer renderer = HtmlRenderer.builder().options(
        RenderOptions.builder().tallyLayout(TallyLayout.GROUPS_AS_COLUMNS).build()).build();
    Path file = write("tally-40-columns.html", renderer.renderToString(HostileCorpus.manyGroups(40)));
    browser.open(file, A4_WIDTH, A4_HEIGHT, Duration.ZERO);
    assertEquals(List.of("ratsinfo-table-scroll"), browser.script(OVERFLOW));
  }

  private static Path write(String name, String html) throws IOException {
    Path file = Files.createDirectories(DIR).resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }
}
