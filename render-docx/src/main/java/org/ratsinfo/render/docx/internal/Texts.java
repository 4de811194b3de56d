package org.ratsinfo.render.docx.internal;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** The text of Word's XML, as POI's object tree holds it; used when a template is prepared. */
final class Texts {

  private static final String T_PATH = "declare namespace w='" + PreparedPackage.W + "' .//w:t";

  private Texts() {}

  /**
   * The text of a paragraph: its {@code w:t} elements, at any depth, joined.
   *
   * @param paragraph a {@code w:p}
   * @return its text
   */
  static String paragraphText(XmlObject paragraph) {
    StringBuilder text = new StringBuilder();
    for (XmlObject t : paragraph.selectPath(T_PATH)) {
      try (XmlCursor c = t.newCursor()) {
        text.append(c.getTextValue());
      }
    }
    return text.toString();
  }

}
