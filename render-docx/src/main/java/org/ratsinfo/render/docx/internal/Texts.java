package org.ratsinfo.render.docx.internal;

import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Text as Word can carry it. */
final class Texts {

  private static final String T_PATH = "declare namespace w='" + PreparedPackage.W + "' .//w:t";

  private Texts() {}

  /**
   * The text with every character that XML 1.0 cannot carry (control characters other than tab, line
   * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) replaced by U+FFFD.
   *
   * @param text the text
   * @return the text, unchanged if it has no such character
   */
  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

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
