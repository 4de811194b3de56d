package org.ratsinfo.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.LinkList;
import org.ratsinfo.document.Section;
import org.ratsinfo.model.Excerpt;
import org.ratsinfo.render.ExcerptRenderer;
import org.ratsinfo.render.RenderOptions;
import org.ratsinfo.testkit.DocumentFacts;
import org.ratsinfo.testkit.Holdings;
import org.ratsinfo.testkit.RendererConformance;

/**
 * The HTML renderer passes the test kit's conformance suite, as pages and as fragments: every fact in
 * the text, redaction with markers in the text and in every attribute, 2,000 random excerpts and the
 * reference on 8 threads sharing a renderer, and the hostile corpus inert. Inert, for HTML: only the renderer's own elements, no event handler, no {@code src},
 * no {@code style} attribute, an {@code href} only on the links of the tree's link lists (exactly their
 * targets, in order, each an absolute https or http address), one stylesheet in a page, and the title
 * shown as it is.
 */
class HtmlRendererConformanceTest implements RendererConformance {

  private static final Set<String> ELEMENTS = Set.of("#root", "html", "head", "body", "meta", "title",
      "style", "article", "header", "p", "h1", "h2", "h3", "h4", "h5", "h6", "section", "dl", "div", "dt",
      "dd", "ol", "li", "span", "br", "table", "caption", "thead", "tbody", "tr", "th", "td", "ul", "a");

  @Override
  public ExcerptRenderer renderer(RenderOptions options) {
    return HtmlRenderer.builder().options(options).build();
  }

  /** A page, and a fragment. */
  @Override
  public int variants() {
    return 2;
  }

  @Override
  public ExcerptRenderer renderer(RenderOptions options, int variant) {
    return HtmlRenderer.builder().options(options).fragment(variant == 1).build();
  }

  @Override
  public List<Excerpt> excerpts() {
    return List.of(Reference.excerpt());
  }

  /**
   * White space runs as one space, and without the zero-width space and the soft hyphen, which jsoup's
   * {@code text()}, the reader of this test, leaves out of an element's text.
   */
  @Override
  public String comparable(String text) {
    return DocumentFacts.spaced(text.replace("\u200B", "").replace("\u00AD", ""));
  }

  /** The text of every element, the head's title included, and the raw markup with every attribute. */
  @Override
  public Holdings read(byte[] output) {
    String html = new String(output, StandardCharsets.UTF_8);
    Document document = Jsoup.parse(html);
    StringBuilder everything = new StringBuilder(html).append('\n').append(document.text());
    for (Element element : document.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        everything.append('\n').append(attribute.getKey()).append('=').append(attribute.getValue());
      }
    }
    return new Holdings(document.text(), everything.toString());
  }

  @Override
  public int cases() {
    return 2000;
  }

  @Override
  public int meetingCases() {
    return 100;
  }

  @Override
  public int threads() {
    return 8;
  }

  @Override
  public void assertInert(ExcerptDocument document, byte[] output) {
    String html = new String(output, StandardCharsets.UTF_8);
    boolean fragment = !html.startsWith("<!DOCTYPE");
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
