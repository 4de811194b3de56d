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
}
