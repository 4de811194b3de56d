package org.ratsinfo.render.docx.internal;

import org.jspecify.annotations.Nullable;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * Writes paragraphs and runs of text as WordprocessingML into a part being written: styles, numbering,
 * line breaks and tabs, spaces kept at the ends, a language of the text's own, hyperlinks. It also
 * knows whether the body's last element is a table, since Word joins two tables in a row into one and a
 * body must not end with one. Separate from the blocks ({@link BodyWriter}) and tables ({@link TableWriter}) because
 * all of them, the page header and footer too, write their text through it. One per part being
 * written; not thread-safe.
 */
final class ParagraphWriter {

  private final XmlOutput out;
  private final StyleIds styles;
  /** The namespace declaration of a paragraph at the top of the body, or {@code ""}. */
  private final String top;
  /** The {@code w:sz} of the text being written, or null for the styles' own. */
  private @Nullable String fontSize;
  private boolean lastWasTable;

  /**
   * A writer.
   *
   * @param out where the XML goes
   * @param styles the style ids of the package
   * @param top the namespace declaration each element at the top of the body needs, or {@code ""}
   */
  ParagraphWriter(XmlOutput out, StyleIds styles, String top) {
    this.out = out;
    this.styles = styles;
    this.top = top;
  }

  /** Where the XML goes. */
  XmlOutput out() {
    return out;
  }

  /** The namespace declaration each element at the top of the body needs, or {@code ""}. */
  String top() {
    return top;
  }

  /**
   * The font size of the text written from now on.
   *
   * @param size a {@code w:sz} value, or null for the styles' own
   */
  void fontSize(@Nullable String size) {
    this.fontSize = size;
  }

  /**
   * A table starts at the top of the body: if the element before was a table too, an empty paragraph
   * goes between them, so that Word keeps them apart.
   */
  void tableStarts() {
    if (lastWasTable) {
      paragraph(null, "");
    }
    lastWasTable = true;
  }

  /** The body ends: after a table, with an empty paragraph, as Word wants it. */
  void bodyEnds() {
    if (lastWasTable) {
      paragraph(null, "");
    }
  }

  /**
   * A paragraph at the top of the body.
   *
   * @param role its style, null for Normal
   * @param text its text
   */
  void paragraph(@Nullable Role role, String text) {
    paragraph(role, text, null);
  }

  /**
   * A paragraph at the top of the body whose text is in a language, or in the document's for {@code
   * null}.
   *
   * @param role its style, null for Normal
   * @param text its text
   * @param language the text's language, or {@code null} for the document's
   */
  void paragraph(@Nullable Role role, String text, @Nullable String language) {
    topParagraph(role == null || role == Role.NORMAL ? null : styles.id(role), null, "", text, language);
  }

  /**
   * A paragraph at the top of the body; see {@link #paragraph(String, String, String, String, String,
   * String)}.
   */
  void topParagraph(@Nullable String style, @Nullable String numId, String lead, String text,
      @Nullable String language) {
    lastWasTable = false;
    paragraph(top, style, numId, lead, text, language);
  }

  /**
   * A paragraph of a lead-in in the document's language and a text in a language of its own: "Frage
   * 1: " and a German question in an English document, marked with {@code w:lang} so that Word
   * checks its spelling, and screen readers read it, in its language. Without a language of its own,
   * the two are one run.
   *
   * @param declaration the namespace declaration, for a paragraph at the top of the body
   * @param style its style id, null for Normal
   * @param numId the list instance it is numbered by, {@code "0"} for none, null for no numbering
   * @param lead the lead-in, in the document's language; may be empty
   * @param text the text
   * @param language the text's language, or {@code null} for the document's
   */
  void paragraph(String declaration, @Nullable String style, @Nullable String numId,
      String lead, String text, @Nullable String language) {
    XmlOutput xml = out;
    xml.raw("<w:p").raw(declaration);
    if (style == null && numId == null && lead.isEmpty() && text.isEmpty()) {
      xml.raw("/>");
      return;
    }
    xml.raw(">");
    if (style != null || numId != null) {
      xml.raw("<w:pPr>");
      if (style != null) {
        xml.raw("<w:pStyle w:val=\"").attribute(style).raw("\"/>");
      }
      if (numId != null) {
        xml.raw(numId.equals("0") ? "<w:numPr>" : "<w:numPr><w:ilvl w:val=\"0\"/>")
            .raw("<w:numId w:val=\"").raw(numId).raw("\"/></w:numPr>");
      }
      xml.raw("</w:pPr>");
    }
    if (language == null) {
      run(lead.isEmpty() ? text : lead + text, fontSize, null);
    } else {
      run(lead, fontSize, null);
      run(text, fontSize, language);
    }
    xml.raw("</w:p>");
  }

  /**
   * An entry of a list at the top of the body: a lead-in, a text that links to an address where there
   * is one, and a detail, in one paragraph. The link is a {@code w:hyperlink} to an external relationship
   * of the main part, its text in the hyperlink character style; the text alone carries its language.
   *
   * @param style the paragraph's style id
   * @param prefix the lead-in, in the document's language; may be empty
   * @param text the text
   * @param link the link: the id of its relationship, the namespace declaration it needs for {@code
   *     r:id} ({@code ""} or {@code  xmlns:r="…"}), and the character style; or {@code null} for none
   * @param detail the detail, in the document's language; may be empty
   * @param language the text's language, or {@code null} for the document's
   */
  void linkParagraph(String style, String prefix, String text, @Nullable Link link, String detail,
      @Nullable String language) {
    lastWasTable = false;
    XmlOutput xml = out;
    xml.raw("<w:p").raw(top).raw("><w:pPr><w:pStyle w:val=\"").attribute(style).raw("\"/></w:pPr>");
    run(prefix, fontSize, null, null);
    if (link == null) {
      run(text, fontSize, language, null);
    } else {
      xml.raw("<w:hyperlink").raw(link.declaration()).raw(" r:id=\"").attribute(link.relationshipId())
          .raw("\" w:history=\"1\">");
      run(text, fontSize, language, link.characterStyle());
      xml.raw("</w:hyperlink>");
    }
    run(detail, fontSize, null, null);
    xml.raw("</w:p>");
  }

  /**
   * A hyperlink of the main part.
   *
   * @param relationshipId the id of its external relationship
   * @param declaration {@code ""}, or {@code  xmlns:r="…"} where {@code r} is not bound
   * @param characterStyle the style id of its text
   */
  record Link(String relationshipId, String declaration, String characterStyle) {}

  /**
   * A run of text, if there is any: {@code \n} (or a carriage return) a line break, {@code \t} a tab.
   *
   * @param text the text
   * @param size a {@code w:sz} value, or null for the style's size
   * @param language the text's language, or {@code null} for the document's
   */
  void run(String text, @Nullable String size, @Nullable String language) {
    run(text, size, language, null);
  }

  /**
   * A run of text in a character style, if there is any text; see {@link #run(String, String,
   * String)}.
   *
   * @param text the text
   * @param size a {@code w:sz} value, or null for the style's size
   * @param language the text's language, or {@code null} for the document's
   * @param characterStyle the run's character style id, or {@code null} for none
   */
  void run(String text, @Nullable String size, @Nullable String language,
      @Nullable String characterStyle) {
    if (text.isEmpty()) {
      return;
    }
    XmlOutput xml = out;
    xml.raw("<w:r>");
    if (size != null || language != null || characterStyle != null) {
      xml.raw("<w:rPr>");
      if (characterStyle != null) {
        xml.raw("<w:rStyle w:val=\"").attribute(characterStyle).raw("\"/>");
      }
      if (size != null) {
        xml.raw("<w:sz w:val=\"").raw(size).raw("\"/>");
      }
      if (language != null) {
        xml.raw("<w:lang w:val=\"").attribute(language).raw("\"/>");
      }
      xml.raw("</w:rPr>");
    }
    int from = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        t(text, from, i);
        xml.raw(c == '\t' ? "<w:tab/>" : "<w:br/>");
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    t(text, from, length);
    xml.raw("</w:r>");
  }

  /**
   * A {@code w:t} of part of a text, unless that is empty; spaces kept where they are at an end.
   *
   * @param text the text
   * @param from the first character
   * @param to after the last
   */
  void t(String text, int from, int to) {
    if (from == to) {
      return;
    }
    boolean preserve = isSpace(text.charAt(from)) || isSpace(text.charAt(to - 1));
    out.raw(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>").text(text, from, to).raw("</w:t>");
  }

  /** Whitespace XML would let an application drop (control characters are not written as they are). */
  private static boolean isSpace(char c) {
    return c >= 0x20 ? Character.isWhitespace(c) : c == '\t' || c == '\n';
  }
}
