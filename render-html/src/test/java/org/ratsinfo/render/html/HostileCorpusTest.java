package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.Section;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.HostileCorpus;
import org.ratsinfo.testkit.HostileCorpus.Case;
import org.ratsinfo.testkit.LoopbackServer;
import org.ratsinfo.validation.ModelValidator;

/**
 * Every renderable case of the hostile corpus, read and validated, renders as a page and as a fragment,
 * as an excerpt and as the agenda and the minutes of its meeting,
 * within a time bound, in German and English: only the renderer's own elements, no event handler,
 * no {@code src}, an {@code href} only on the links of the document tree's link lists (exactly their
 * targets, in order, each an absolute https or http address), and the title shown as it is. Rendered again with references to a
 * loopback server in every text field, the server receives no connection.
 */
class HostileCorpusTest {

  private static final Duration BOUND = Duration.ofSeconds(30);

  private static final Set<String> ELEMENTS = Set.of("#root", "html", "head", "body", "meta", "title",
      "style", "article", "header", "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "dl", "div", "dt", "dd", "ol", "li",
      "span", "br", "table", "caption", "thead", "tbody", "tr", "th", "td", "ul", "a");

  private static LoopbackServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  static List<Case> cases() {
    return HostileCorpus.renderable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersInertlyAndInTime(Case c) throws IOException {
    Excerpt excerpt = c.read();
    Excerpt withReferences = HostileCorpus.withReferencesTo(excerpt, server);
    for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
      ModelValidator.standard().requireValid(excerpt, locale);
      RenderOptions options = RenderOptions.builder().locale(locale).build();
      check(options, excerpt);
      if (ModelValidator.standard().validate(withReferences, locale).isEmpty()) {
        check(options, withReferences);
      }
    }
    assertEquals(List.of(), server.requests(), "connections to the loopback server");
  }

  private static void check(RenderOptions options, Excerpt excerpt) {
    // The excerpt, and the agenda and the minutes of its meeting: every kind meets the hostile text.
    for (ExcerptDocument document : HostileCorpus.documents(options, excerpt)) {
      check(options, document);
    }
  }

  private static void check(RenderOptions options, ExcerptDocument document) {
    for (boolean fragment : List.of(false, true)) {
      HtmlRenderer renderer = HtmlRenderer.builder().options(options).fragment(fragment).build();
      String html = assertTimeoutPreemptively(BOUND, () -> {
        StringWriter out = new StringWriter();
        renderer.render(document, out);
        return out.toString();
      });
      Document page = Reference.parse(html);
      Set<String> elements = new TreeSet<>();
      for (Element element : page.getAllElements()) {
        elements.add(element.tagName());
        boolean link = element.tagName().equals("a") && element.className().equals("ratsinfo-link");
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey();
          assertTrue(!name.startsWith("on") && !name.equals("src") && !name.equals("style")
              && (!name.equals("href") || link), () -> element.tagName() + " has " + attribute);
        }
      }
      List<String> hrefs = page.select("[href]").eachAttr("href");
      assertEquals(targets(document.blocks(), new ArrayList<>()), hrefs);
      assertTrue(hrefs.stream().map(href -> href.toLowerCase(Locale.ROOT))
          .allMatch(href -> href.startsWith("https://") || href.startsWith("http://")), hrefs::toString);
      assertTrue(ELEMENTS.containsAll(elements), () -> "unexpected elements in " + elements);
      assertEquals(document.title(), page.selectFirst("h1").wholeText());
      if (!fragment) {
        assertEquals(1, page.select("style").size(), "only the renderer's stylesheet");
      }
    }
  }

  /** The targets of the link lists of a document tree, in order, as the markup writes them. */
  private static List<String> targets(List<Block> blocks, List<String> targets) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        targets(section.blocks(), targets);
      } else if (block instanceof LinkList list) {
        for (LinkList.Entry entry : list.entries()) {
          if (entry.target() != null) {
            targets.add(entry.target().toASCIIString());
          }
        }
      }
    }
    return targets;
  }
}
