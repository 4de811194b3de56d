package org.ratsinfo.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Parsers kept between pages parse every page afresh and stay locked down. */
class XhtmlTest {

  private static final String PAGE = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\">"
      + "<head><title>t</title></head><body><p>%s</p></body></html>";

  @Test
  void parsesPageAfterPageWithTheKeptParsers() {
    for (int i = 0; i < 50; i++) {
      Document dom = Xhtml.parse(String.format(Locale.ROOT, PAGE, "de-DE", "Seite " + i));
      assertEquals("Seite " + i, dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p")
          .item(0).getTextContent());
    }
  }

  @Test
  void aKeptParserStillRefusesDocumentTypesAndEntities() {
    for (int i = 0; i < 5; i++) {
      Xhtml.parse(String.format(Locale.ROOT, PAGE, "en", "x"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Xhtml.parse(
          "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html>&x;</html>"));
      assertEquals(IllegalArgumentException.class, e.getClass());
      assertThrows(IllegalArgumentException.class, () -> Xhtml.parse("<html><p></html>"));
    }
  }

  @Test
  void theLanguageOfAnElementIsItsOwnOrItsAncestorsNeverTheFirstPagesMetaData() {
    var handler = (com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler)
        new Stylesheets("about:blank").namespaceHandler();
    Document first = Xhtml.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + "<meta http-equiv=\"Content-Language\" content=\"fr\"/></head><body><p>x</p></body></html>");
    assertEquals("", handler.getLang((org.w3c.dom.Element) first.getElementsByTagName("p").item(0)));
    Document second = Xhtml.parse(String.format(Locale.ROOT, PAGE, "de-DE", "x"));
    assertEquals("de-DE", handler.getLang((org.w3c.dom.Element) second.getElementsByTagName("p").item(0)));
  }
}
