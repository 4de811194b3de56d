package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The pages' inline styles are parsed once per engine and handed to openhtmltopdf parsed. */
class StylesheetsTest {

  private static Document page(String css) {
    return Xhtml.parse("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
        + "<style>" + css + "</style><style media=\"print\">p { color: red }</style></head>"
        + "<body><p>x</p></body></html>");
  }

  @Test
  void parsesEachStyleOnceAndHandsItOverParsed() {
    Stylesheets stylesheets = new Stylesheets("about:blank");
    String css = PrintStylesheet.css();
    StylesheetInfo[] first = stylesheets.namespaceHandler().getStylesheets(page(css));
    StylesheetInfo[] second = stylesheets.namespaceHandler().getStylesheets(page(css));
    assertEquals(2, first.length);
    for (int i = 0; i < first.length; i++) {
      assertFalse(first[i].isInline(), "openhtmltopdf would parse an inline style again");
      assertNotNull(first[i].getStylesheet());
      assertSame(first[i].getStylesheet(), second[i].getStylesheet());
      assertEquals("about:blank#inline_style_" + (i + 1), first[i].getUri());
      assertEquals(StylesheetInfo.AUTHOR, first[i].getOrigin());
    }
    assertEquals(List.of("print"), first[1].getMedia());
    assertFalse(first[0].getStylesheet().getContents().isEmpty());
    assertEquals(2, stylesheets.size());

    StylesheetInfo[] other = stylesheets.namespaceHandler().getStylesheets(page("p { margin: 0 }"));
    assertNotSame(first[0].getStylesheet(), other[0].getStylesheet());
  }

  /**
   * openhtmltopdf's user-agent stylesheet (which hides the head and its styles) is found also from
   * this module: openhtmltopdf looks it up through the handler's class.
   */
  @Test
  void keepsOpenhtmltopdfsUserAgentStylesheet() {
    StylesheetInfo agent = new Stylesheets("about:blank").namespaceHandler()
        .getDefaultStylesheet(new StylesheetFactoryImpl(null));
    assertNotNull(agent);
    assertEquals(StylesheetInfo.USER_AGENT, agent.getOrigin());
    assertFalse(agent.getStylesheet().getContents().isEmpty());
  }

  @Test
  void keepsOnlySoManyTexts() {
    Stylesheets stylesheets = new Stylesheets("about:blank");
    for (int i = 0; i < 3 * Stylesheets.MAX_SHEETS; i++) {
      StylesheetInfo[] infos =
          stylesheets.namespaceHandler().getStylesheets(page("p { margin: " + i + "mm }"));
      assertNotNull(infos[0].getStylesheet());
    }
    assertEquals(Stylesheets.MAX_SHEETS, stylesheets.size());
  }
}
