package org.ratsinfo.render.docx.internal;

import org.ratsinfo.document.ExcerptDocument;
import org.ratsinfo.document.Labels;
import org.ratsinfo.render.docx.internal.StyleIds.Role;

/**
 * ratsinfo's page header and footer, for a package whose template has none: the header shows the
 * body's name in bold and the title, the footer "Seite X von Y" from the label {@code page.footer}
 * with PAGE and NUMPAGES fields. Parts of their own, written apart from the body.
 */
final class PageHeaderFooter {

  /** The XML declaration of a part, as POI writes it. */
  private static final String PART_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private PageHeaderFooter() {}

  /**
   * The header part.
   *
   * @param document the document
   * @param styles the package's style ids
   * @return the part's XML
   */
  static XmlOutput header(ExcerptDocument document, StyleIds styles) {
    XmlOutput xml = new XmlOutput(512);
    ParagraphWriter p = new ParagraphWriter(xml, styles, "");
    xml.raw(PART_START).raw("<w:hdr xmlns:w=\"").raw(PreparedPackage.W).raw("\"><w:p><w:pPr><w:pStyle w:val=\"")
        .attribute(styles.id(Role.HEADER)).raw("\"/></w:pPr>");
    if (!document.bodyName().isEmpty()) {
      xml.raw("<w:r><w:rPr><w:b w:val=\"on\"/></w:rPr>");
      p.t(document.bodyName(), 0, document.bodyName().length());
      xml.raw("<w:br/></w:r>");
    }
    p.run(document.title(), null, null);
    xml.raw("</w:p></w:hdr>");
    return xml;
  }

  /**
   * The footer part.
   *
   * @param document the document, whose language the label is in
   * @param styles the package's style ids
   * @return the part's XML
   */
  static XmlOutput footer(ExcerptDocument document, StyleIds styles) {
    XmlOutput xml = new XmlOutput(1024);
    ParagraphWriter p = new ParagraphWriter(xml, styles, "");
    xml.raw(PART_START).raw("<w:ftr xmlns:w=\"").raw(PreparedPackage.W).raw("\"><w:p><w:pPr><w:pStyle w:val=\"")
        .attribute(styles.id(Role.FOOTER)).raw("\"/></w:pPr>");
    pageFooter(p, Labels.forLocale(document.locale()).get("page.footer"));
    xml.raw("</w:p></w:ftr>");
    return xml;
  }

  /**
   * "Seite {0} von {1}": the text around the placeholders, PAGE for {0} and NUMPAGES for {1}; any
   * other {n} stays as it is.
   */
  private static void pageFooter(ParagraphWriter p, String label) {
    int literal = 0;
    int i = 0;
    while (i < label.length()) {
      int close = label.charAt(i) == '{' ? closingBrace(label, i) : -1;
      if (close < 0) {
        i++;
        continue;
      }
      literal(p, label.substring(literal, i));
      String number = label.substring(i + 1, close);
      switch (number) {
        case "0" -> field(p.out(), "PAGE");
        case "1" -> field(p.out(), "NUMPAGES");
        default -> literal(p, label.substring(i, close + 1));
      }
      i = close + 1;
      literal = i;
    }
    literal(p, label.substring(literal));
  }

  /** Where the {@code }} after {@code {} and one or more digits is, or -1. */
  private static int closingBrace(String label, int open) {
    int j = open + 1;
    while (j < label.length() && label.charAt(j) >= '0' && label.charAt(j) <= '9') {
      j++;
    }
    return j > open + 1 && j < label.length() && label.charAt(j) == '}' ? j : -1;
  }

  private static void literal(ParagraphWriter p, String text) {
    if (!text.isEmpty()) {
      p.out().raw("<w:r>");
      p.t(text, 0, text.length());
      p.out().raw("</w:r>");
    }
  }

  /** A complex field: begin, instruction, separate, a result Word and LibreOffice replace, end. */
  private static void field(XmlOutput out, String instruction) {
    out.raw("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> ")
        .raw(instruction)
        .raw(" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
  }
}
