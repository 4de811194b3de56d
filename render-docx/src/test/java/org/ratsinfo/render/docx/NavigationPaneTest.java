package org.ratsinfo.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratsinfo.document.Block;
import org.ratsinfo.document.DocumentKind;
import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Section;
import org.ratsinfo.document.SectionKind;
import org.ratsinfo.model.Audience;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The agenda's and the minutes' sections are headings that Word's navigation pane shows: each
 * section's heading is a paragraph of a heading style with an outline level (Heading 1, 2, 3 …, read
 * through the styles' {@code basedOn}), each agenda item (an {@link SectionKind#ITEM} section) among
 * them, and a section inside another has a deeper outline level than the one it is in, so the pane
 * nests them as the document does. In ratsinfo's package and in a city's template.
 */
class NavigationPaneTest {

  static Stream<String> fixtures() {
    List<String> names = new ArrayList<>();
    for (DocumentKind kind : List.of(DocumentKind.AGENDA, DocumentKind.MINUTES)) {
      for (Audience audience : Audience.values()) {
        for (Locale locale : List.of(Locale.GERMANY, Locale.ENGLISH)) {
          names.add(Fixtures.meetingName(kind, audience, locale));
        }
      }
    }
    names.add(TEMPLATE);
    return names.stream();
  }

  private static final String TEMPLATE = "minutes-internal-de-in-template";

  /** A heading of the tree, its depth (1 for a section below the title) and its section's kind. */
  private record Heading(String text, int depth, SectionKind kind) {}

  @ParameterizedTest
  @MethodSource("fixtures")
  void everySectionIsAHeadingWithAnOutlineLevelNestedAsTheTree(String name) {
    ExcerptDocument document;
    Docx docx;
    if (name.equals(TEMPLATE)) {
      DocxRenderer renderer = DocxRenderer.builder().options(Samples.options(Locale.GERMANY))
          .template(Templates.make(false, true, true)).build();
      document = Samples.meetingDocument(renderer, DocumentKind.MINUTES, Audience.INTERNAL);
      docx = new Docx(renderer.renderToBytes(document));
    } else {
      document = Fixtures.meetingDocument(name);
      docx = new Docx(Fixtures.all().get(name + ".docx"));
    }
    List<Heading> headings = new ArrayList<>();
    headings(document.blocks(), 1, headings);
    long items = headings.stream().filter(h -> h.kind() == SectionKind.ITEM).count();
    if (document.kind() == DocumentKind.MINUTES) {
      assertTrue(items >= 19, name + ": items " + items);
    }
    Document body = docx.xml("word/document.xml");
    Document styles = docx.xml("word/styles.xml");
    List<Node> paragraphs = Docx.select(body, "//w:body//w:p");
    int next = 0;
    int[] levels = new int[64];
    for (Heading heading : headings) {
      Node paragraph = null;
      for (; next < paragraphs.size() && paragraph == null; next++) {
        if (Docx.string(paragraphs.get(next), "string(.)").equals(heading.text())) {
          paragraph = paragraphs.get(next);
        }
      }
      assertTrue(paragraph != null, name + ": no paragraph, in order, for the heading " + heading);
      String style = Docx.string(paragraph, "w:pPr/w:pStyle/@w:val");
      int level = outlineLevel(styles, style);
      assertTrue(level >= 0 && level <= 8,
          name + ": " + heading + " has style " + style + " without an outline level");
      assertTrue(styleName(styles, style).toLowerCase(Locale.ROOT).startsWith("heading"),
          name + ": " + heading + " has style " + style + ", not a heading style");
      levels[heading.depth()] = level;
      if (heading.depth() > 1) {
        assertTrue(level > levels[heading.depth() - 1], name + ": " + heading + " (outline level " + level
            + ") is not below its section (outline level " + levels[heading.depth() - 1] + ")");
      }
    }
  }

  private static void headings(List<Block> blocks, int depth, List<Heading> out) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        if (!section.heading().isEmpty()) {
          out.add(new Heading(section.heading(), depth, section.kind()));
        }
        headings(section.blocks(), section.heading().isEmpty() ? depth : depth + 1, out);
      }
    }
  }

  /** The outline level a paragraph style gives, through its {@code basedOn} chain; -1 for none. */
  private static int outlineLevel(Document styles, String styleId) {
    String id = styleId;
    for (int hops = 0; hops < 20 && !id.isEmpty(); hops++) {
      String path = "//w:style[@w:type='paragraph' and @w:styleId='" + id + "']";
      String level = Docx.string(styles, path + "/w:pPr/w:outlineLvl/@w:val");
      if (!level.isEmpty()) {
        int value = Integer.parseInt(level);
        return value == 9 ? -1 : value;
      }
      id = Docx.string(styles, path + "/w:basedOn/@w:val");
    }
    return -1;
  }

  private static String styleName(Document styles, String styleId) {
    return Docx.string(styles, "//w:style[@w:type='paragraph' and @w:styleId='" + styleId + "']/w:name/@w:val");
  }
}
