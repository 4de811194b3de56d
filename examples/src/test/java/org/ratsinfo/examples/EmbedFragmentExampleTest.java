package org.ratsinfo.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratsinfo.render.html.HtmlRenderer;

class EmbedFragmentExampleTest {

  @TempDir Path dir;

  @Test
  void theExcerptSitsInThePortalPageWithTheCitysStyles() throws IOException {
    Path target = dir.resolve("portal.html");
    PrintStream saved = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      EmbedFragmentExample.main(new String[] {HerneReferenceExcerptTest.SAMPLE.toString(), target.toString()});
    } finally {
      System.setOut(saved);
    }
    Document page = Jsoup.parse(target.toFile(), "UTF-8");

    // Exactly one excerpt, inside the portal's main, below the portal's header.
    assertEquals(1, page.select("article.ratsinfo-excerpt").size());
    assertEquals(1, page.select("main > article.ratsinfo-excerpt").size());
    assertEquals(1, page.select("h1").size(), "the excerpt's title is the page's only h1");
    assertTrue(page.selectFirst("article h1").text().contains("Sachstand Erneuerung"));

    // The portal's navigation is intact.
    Element nav = page.selectFirst("header.portal-header > nav.portal-nav");
    assertEquals(List.of("/sitzungen", "/gremien", "/vorlagen"), nav.select("a").eachAttr("href"));
    assertEquals(1, page.select("footer.portal-footer").size());

    // The default stylesheet and the city's, in that order, in the page's one style element.
    assertEquals(1, page.select("style").size());
    String css = page.selectFirst("style").data();
    int defaults = css.indexOf(HtmlRenderer.defaultStylesheet().strip());
    int city = css.indexOf("color: #00556e; }\n.ratsinfo-excerpt .ratsinfo-table th");
    assertTrue(defaults >= 0, "default stylesheet");
    assertTrue(css.contains(EmbedFragmentExample.CITY_STYLESHEET.strip()), "the city's stylesheet");
    assertTrue(city > defaults, "the city's rules come last, so they win");
    assertTrue(page.select("[id]").isEmpty(), "the fragment adds no ids that could clash");
  }
}
